package lms.course.users;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import lms.course.support.CourseServiceTest;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.testkit.KafkaProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UserProjectionTest extends CourseServiceTest {

	@Test
	void aRenamedUserIsShownWithTheNewNameAndAvatarEverywhere() {
		String id = createCourse("Renames");
		String student = newId();
		publish("lms.identity.UserRegistered.v1", student,
				"{\"userId\":\"%s\",\"email\":\"old@example.test\",\"name\":\"Old Name\",\"via\":\"password\"}"
					.formatted(student));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.mongo.findById(student, UserProfile.class) != null);
		enroll(student, id);
		String lessonId = lesson(id, 0).get("_id").asString();
		user(student).put("/api/v1/add-question",
				"{\"question\":\"Q\",\"courseId\":\"%s\",\"contentId\":\"%s\"}".formatted(id, lessonId));
		user(student).put("/api/v1/add-review/" + id, "{\"review\":\"R\",\"rating\":5}");
		assertThat(reviewer(id).get("name").asString()).isEqualTo("Old Name");

		publish("lms.identity.UserProfileUpdated.v1", student,
				"{\"userId\":\"%s\",\"name\":\"New Name\",\"avatarUrl\":\"https://img.test/a.png\"}"
					.formatted(student));

		await().atMost(Duration.ofSeconds(20)).until(() -> reviewer(id).get("name").asString().equals("New Name"));
		assertThat(reviewer(id).get("avatar").get("url").asString()).isEqualTo("https://img.test/a.png");
		JsonNode asker = lesson(id, 0).get("questions").get(0).get("user");
		assertThat(asker.get("name").asString()).isEqualTo("New Name");
		assertThat(asker.has("email")).isFalse();
		assertThat(this.mongo.findById(student, UserProfile.class).email()).isEqualTo("old@example.test");
	}

	private JsonNode reviewer(String courseId) {
		return read(anonymous().get("/api/v1/get-course/" + courseId)).get("course").get("reviews").get(0).get("user");
	}

	private void publish(String type, String key, String payload) {
		new KafkaProbe(this.brokers).send(Topics.IDENTITY_USER, key, payload,
				Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE, type,
						CloudEventHeaders.SOURCE, "/identity-service", CloudEventHeaders.SPEC_VERSION, "1.0",
						"content-type", "application/json"));
	}

}
