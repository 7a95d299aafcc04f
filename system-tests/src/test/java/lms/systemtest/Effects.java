package lms.systemtest;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static org.awaitility.Awaitility.await;

/**
 * What the events of a fault test did, counted where a user or an admin sees it: mails in
 * an inbox, a course in {@code me.courses}, notifications on the admin dashboard.
 */
final class Effects {

	private final Mails mails;

	Effects(Mails mails) {
		this.mails = mails;
	}

	/**
	 * Waits until exactly the expected effects are there, then checks that they stay
	 * exactly so for a few seconds: a late duplicate fails the test as a missing one
	 * does.
	 */
	static void awaitExactly(Duration atMost, Callable<Boolean> exactlyExpected) {
		await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(exactlyExpected);
		await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20)).until(exactlyExpected);
	}

	/** The mails with this subject this address received. */
	int mails(String email, String subject) {
		return this.mails.received(email, subject).size();
	}

	/** Whether each of these addresses received exactly one mail with this subject. */
	boolean eachMailedOnce(Collection<String> emails, String subject) {
		return emails.stream().allMatch((email) -> mails(email, subject) == 1);
	}

	/** How often the course is in the user's {@code me.courses}. */
	static long timesOwned(Member member, String courseId) {
		JsonNode courses = expect(200, member.app().get("/api/v1/me")).get("user").get("courses");
		return StreamSupport.stream(courses.spliterator(), false)
			.filter((course) -> courseId.equals(course.get("_id").asString()))
			.count();
	}

	/** The admin notifications with this title about this course. */
	static long adminNotifications(Client admin, String courseId, String title) {
		JsonNode notifications = expect(200, admin.get("/api/v1/get-all-notifications")).get("notifications");
		return StreamSupport.stream(notifications.spliterator(), false)
			.filter((notification) -> courseId.equals(notification.path("courseId").asString(""))
					&& title.equals(notification.get("title").asString()))
			.count();
	}

}
