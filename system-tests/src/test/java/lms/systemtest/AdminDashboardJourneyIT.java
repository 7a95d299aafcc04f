package lms.systemtest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectError;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin app's dashboard, call by call (original-api §5.2): the notifications header,
 * invoices, analytics and the users and team pages, over the activity of learners. The
 * app keeps the tokens of its login and sends them as headers.
 */
class AdminDashboardJourneyIT extends Journey {

	private static final Duration EVENTUALLY = Duration.ofSeconds(30);

	static TokenClient admin;

	@BeforeAll
	static void signInTheAdmin() {
		admin = accounts.admin();
	}

	@Test
	void learnerActivityReachesTheDashboardAsNotificationsOrdersAndAnalytics() {
		String courseName = "Dashboard course " + UUID.randomUUID();
		String lessonTitle = "Dashboard lesson " + UUID.randomUUID();
		String courseId = CourseDraft.of(courseName, 0).withLesson(lessonTitle, "dash-video").createId(admin);
		Member learner = accounts.newMember("Lou Learner");
		String learnerId = learner.id();
		expect(201, learner.app()
			.post("/api/v1/create-mobile-order", "{\"courseId\":\"" + courseId + "\",\"payment_info\":{}}"));
		Catalog.awaitEnrolled(learner.app(), courseId);
		String lessonId = Catalog.lessons(learner.app(), courseId).get(0).get("_id").asString();
		expect(200,
				learner.app()
					.put("/api/v1/add-question", """
							{"question":"Where are the slides?","courseId":"%s","contentId":"%s"}""".formatted(courseId,
							lessonId)));
		expect(200, learner.app().put("/api/v1/add-review/" + courseId, "{\"review\":\"Useful\",\"rating\":3}"));

		JsonNode order = awaitNotification(admin, "New Order", "You have a new order from " + courseName);
		JsonNode question = awaitNotification(admin, "New Question Received",
				"You have a new question in " + lessonTitle);
		JsonNode review = awaitNotification(admin, "New Review Received",
				"Lou Learner has given a review in " + courseName);
		for (JsonNode notification : List.of(order, question, review)) {
			assertThat(notification.get("status").asString()).isEqualTo("unread");
			assertThat(notification.get("createdAt").asString()).isNotBlank();
		}
		JsonNode afterRead = expect(200, admin.put("/api/v1/update-notification/" + question.get("_id").asString(), ""))
			.get("notifications");
		assertThat(statusOf(afterRead, question)).isEqualTo("read");
		assertThat(statusOf(afterRead, review)).isEqualTo("unread");
		assertThat(statusOf(notifications(admin), question)).isEqualTo("read");
		assertThat(expectError(404, admin.put("/api/v1/update-notification/" + UUID.randomUUID(), "")))
			.isEqualTo("Notification not found");

		JsonNode invoice = Replies.find(expect(200, admin.get("/api/v1/get-orders")).get("orders"), "courseId",
				courseId);
		assertThat(invoice.get("userId").asString()).isEqualTo(learnerId);
		assertThat(invoice.get("_id").asString()).isNotBlank();
		assertThat(invoice.get("createdAt").asString()).isNotBlank();
		JsonNode buyer = Replies.find(expect(200, admin.get("/api/v1/get-users")).get("users"), "_id", learnerId);
		assertThat(buyer.get("email").asString()).isEqualTo(learner.email());
		assertThat(buyer.get("name").asString()).isEqualTo("Lou Learner");
		assertThat(Replies.find(adminCourses(admin), "_id", courseId).get("price").asDouble()).isZero();

		for (String key : new String[] { "users", "courses", "orders" }) {
			JsonNode months = expect(200, admin.get("/api/v1/get-" + key + "-analytics")).get(key).get("last12Months");
			assertThat(months).as(key).hasSize(12);
			assertThat(months.findValuesAsString("month")).as(key)
				.allSatisfy((month) -> assertThat(month).isNotBlank());
			assertThat(months.get(11).get("count").asInt()).as(key).isPositive();
		}
	}

	@Test
	void aPromotedUserIsLoggedOutAndADeletedUsersAvatarIsDestroyed() {
		Member member = accounts.newMember("Tess Team");
		String avatar = expect(200,
				member.app()
					.put("/api/v1/update-user-avatar", "{\"avatar\":" + quote(Images.pngDataUrl(0xabcdef)) + "}"))
			.get("user")
			.get("avatar")
			.get("public_id")
			.asString();
		JsonNode listed = Replies.find(expect(200, admin.get("/api/v1/get-users")).get("users"), "email",
				member.email());
		String memberId = listed.get("_id").asString();
		assertThat(listed.get("name").asString()).isEqualTo("Tess Team");
		assertThat(listed.get("role").asString()).isEqualTo("user");
		assertThat(listed.get("courses").isEmpty()).isTrue();
		assertThat(listed.get("createdAt").asString()).isNotBlank();

		JsonNode promoted = expect(200,
				admin.put("/api/v1/update-user", "{\"email\":%s,\"role\":\"admin\"}".formatted(quote(member.email()))))
			.get("user");
		assertThat(promoted.get("role").asString()).isEqualTo("admin");
		await().atMost(EVENTUALLY).until(() -> member.app().get("/api/v1/me").status() == 401);
		TokenClient asAdmin = accounts.logIn(member.email(), member.password());
		assertThat(expect(200, asAdmin.get("/api/v1/me")).get("user").get("role").asString()).isEqualTo("admin");
		expect(200, asAdmin.get("/api/v1/get-users"));

		JsonNode deleted = expect(200, admin.delete("/api/v1/delete-user/" + memberId));
		assertThat(deleted.get("message").asString()).isEqualTo("User deleted successfully");
		assertThat(expect(200, admin.get("/api/v1/get-users")).get("users").findValuesAsString("_id"))
			.doesNotContain(memberId);
		await().atMost(EVENTUALLY).until(() -> asAdmin.get("/api/v1/me").status() == 401);
		Images.awaitDestroyed(RunningSystem.cloudinary(), avatar);
	}

	private static JsonNode notifications(TokenClient admin) {
		return expect(200, admin.get("/api/v1/get-all-notifications")).get("notifications");
	}

	private static JsonNode awaitNotification(TokenClient admin, String title, String message) {
		return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).until(() -> {
			for (JsonNode notification : notifications(admin)) {
				if (notification.get("title").asString().equals(title)
						&& notification.get("message").asString().equals(message)) {
					return notification;
				}
			}
			return null;
		}, (found) -> found != null);
	}

	private static String statusOf(JsonNode notifications, JsonNode notification) {
		return Replies.find(notifications, "_id", notification.get("_id").asString()).get("status").asString();
	}

	private static JsonNode adminCourses(TokenClient admin) {
		return expect(200, admin.get("/api/v1/get-admin-courses")).get("courses");
	}

}
