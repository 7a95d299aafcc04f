package lms.systemtest;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static org.awaitility.Awaitility.await;

/**
 * What the apps read of the catalog and of a user's courses, waiting where the system is
 * eventually consistent (the edge cache learns of new courses, {@code me} of new
 * enrollments, through events).
 */
final class Catalog {

	private static final Duration EVENTUALLY = Duration.ofSeconds(30);

	private Catalog() {
	}

	/** The course's entry in {@code get-courses}, once it is listed. */
	static JsonNode awaitListed(Client client, String courseId) {
		return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).until(() -> {
			for (JsonNode course : expect(200, client.get("/api/v1/get-courses")).get("courses")) {
				if (course.get("_id").asString().equals(courseId)) {
					return course;
				}
			}
			return null;
		}, (course) -> course != null);
	}

	/** The user's {@code me}, once its {@code courses[]._id} holds the course. */
	static JsonNode awaitEnrolled(Client client, String courseId) {
		return await().atMost(EVENTUALLY)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> expect(200, client.get("/api/v1/me")).get("user"),
					(user) -> user.get("courses").findValuesAsString("_id").contains(courseId));
	}

	/** Answers a question on a lesson ({@code add-answer}) as this client. */
	static void answer(Client client, String courseId, String lessonId, JsonNode question, String answer) {
		expect(200,
				client.put("/api/v1/add-answer",
						"{\"answer\":%s,\"courseId\":%s,\"contentId\":%s,\"questionId\":%s}".formatted(
								Replies.quote(answer), Replies.quote(courseId), Replies.quote(lessonId),
								Replies.quote(question.get("_id").asString()))));
	}

	/** The first reply to the first question of the course's first lesson. */
	static JsonNode firstReply(Client client, String courseId) {
		return lessons(client, courseId).get(0).get("questions").get(0).get("questionReplies").get(0);
	}

	/** The lessons of a course the caller may open ({@code content[]}). */
	static JsonNode lessons(Client client, String courseId) {
		return expect(200, client.get("/api/v1/get-course-content/" + courseId)).get("content");
	}

}
