package lms.systemtest;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static org.assertj.core.api.Assertions.assertThat;
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

	/**
	 * The course's entry in {@code get-courses}, once listed, with the fields every app's
	 * course card reads: name, an HTTPS thumbnail, prices, ratings and purchases.
	 */
	static JsonNode awaitListedAs(Client client, String courseId, String name, double price, double estimatedPrice) {
		JsonNode listed = awaitListed(client, courseId);
		assertThat(listed.get("name").asString()).isEqualTo(name);
		assertThat(listed.get("thumbnail").get("url").asString()).startsWith("https://");
		assertThat(listed.get("price").asDouble()).isEqualTo(price);
		assertThat(listed.get("estimatedPrice").asDouble()).isEqualTo(estimatedPrice);
		assertThat(listed.get("ratings").isNumber()).isTrue();
		assertThat(listed.get("purchased").isNumber()).isTrue();
		return listed;
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
