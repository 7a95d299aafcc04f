package lms.course.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.testkit.KafkaProbe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whatever happened to a course before (questions, answers, reviews, replies, edits,
 * renamed users), no public answer carries a lesson's paid content or anyone's email.
 */
class PublicAnswersNeverLeakTest extends CourseServiceTest {

	private static final List<String> FORBIDDEN = List.of("\"videoUrl\"", "\"links\"", "\"questions\"",
			"\"suggestion\"", "\"questionReplies\"", "secret-video", "docs.example", "Take notes", "@example.test",
			"\"email\"", "\"password\"");

	@Test
	void noPublicAnswerEverCarriesPaidContentOrAnEmail() throws IOException {
		String id = createCourse("Leak-proof");
		String student = newId();
		registerUser(student, "Stu Dent", "stu@example.test");
		enroll(student, id);
		List<Api.Reply> answers = new ArrayList<>();
		answers.addAll(publicReads(id));

		String lessonId = lesson(id, 0).get("_id").asString();
		Api.Reply asked = user(student).put("/api/v1/add-question",
				"{\"question\":\"Q?\",\"courseId\":\"%s\",\"contentId\":\"%s\"}".formatted(id, lessonId));
		answers.add(asked);
		answers.addAll(publicReads(id));
		String questionId = lesson(id, 0).get("questions").get(0).get("_id").asString();
		answers.add(admin().put("/api/v1/add-answer",
				"{\"answer\":\"A\",\"courseId\":\"%s\",\"contentId\":\"%s\",\"questionId\":\"%s\"}".formatted(id,
						lessonId, questionId)));
		answers.addAll(publicReads(id));
		Api.Reply reviewed = user(student).put("/api/v1/add-review/" + id, "{\"review\":\"Good\",\"rating\":4}");
		answers.add(reviewed);
		answers.addAll(publicReads(id));
		String reviewId = read(reviewed).get("course").get("reviews").get(0).get("_id").asString();
		answers.add(admin().put("/api/v1/add-reply",
				"{\"comment\":\"Thanks\",\"courseId\":\"%s\",\"reviewId\":\"%s\"}".formatted(id, reviewId)));
		answers.addAll(publicReads(id));
		admin().put("/api/v1/edit-course/" + id, courseJson("Leak-proof, edited"));
		answers.addAll(publicReads(id));
		renameStudent(student, id);
		answers.addAll(publicReads(id));
		answers.add(user(student).get("/api/v1/get-my-courses"));

		String full = admin().get("/api/v1/get-course-content/" + id).body();
		assertThat(full).as("what must stay private is there to leak")
			.contains("secret-video", "\"questions\"", "\"links\"", "\"suggestion\"", "Take notes");
		for (Api.Reply answer : answers) {
			assertThat(answer.status()).isEqualTo(200);
			String body = text(answer);
			assertThat(body).contains("Leak-proof");
			for (String forbidden : FORBIDDEN) {
				assertThat(body).as("public answer %s", answer.raw().uri()).doesNotContain(forbidden);
			}
		}
		assertThat(text(answers.get(answers.size() - 2))).contains("Stu Renamed").contains("\"Thanks\"");
	}

	private List<Api.Reply> publicReads(String id) {
		Api anyone = anonymous();
		return List.of(anyone.get("/api/v1/get-courses"), anyone.get("/api/v1/get-course/" + id),
				anyone.get("/api/v1/get-course/" + id, "Accept-Encoding", "gzip"),
				anyone.get("/api/v1/get-courses", "Accept-Encoding", "gzip"),
				user(newId()).get("/api/v1/get-course/" + id));
	}

	private void renameStudent(String student, String courseId) {
		new KafkaProbe(this.brokers).send(Topics.IDENTITY_USER, student,
				"{\"userId\":\"%s\",\"name\":\"Stu Renamed\",\"avatarUrl\":null}".formatted(student),
				Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE,
						"lms.identity.UserProfileUpdated.v1", CloudEventHeaders.SOURCE, "/identity-service",
						CloudEventHeaders.SPEC_VERSION, "1.0"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> anonymous().get("/api/v1/get-course/" + courseId).body().contains("Stu Renamed"));
	}

	private static String text(Api.Reply reply) throws IOException {
		if ("gzip".equals(reply.header("Content-Encoding"))) {
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(reply.bytes()))) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return reply.body();
	}

}
