package lms.systemtest;

import java.time.Duration;
import java.util.UUID;

import lms.testkit.CloudinaryStub;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectError;
import static lms.systemtest.Replies.expectStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the mobile and admin clients do, call by call, through the gateway with header
 * tokens: sign up, activate with the mailed code, log in, read the catalog an admin just
 * filled, and log out.
 */
class LearnerJourneyIT extends Journey {

	@Test
	void aLearnerSignsUpWithTheMailedCodeLogsInReadsTheCatalogAndLogsOut() {
		String email = Accounts.newEmail("lee");
		TokenClient app = accounts.app();
		String token = accounts.register(app, "Lee", email, "secret12");
		accounts.activate(app, token, email);
		assertThat(accounts.mails().await(email, "Welcome").html()).contains("Lee");

		TokenClient learner = accounts.logIn(email, "secret12");
		JsonNode me = expect(200, learner.get("/api/v1/me"));
		assertThat(me.get("user").get("role").asString()).isEqualTo("user");

		String courseId = CourseDraft.of("Journey course " + UUID.randomUUID(), 0)
			.withThumbnail(Images.pngDataUrl(0x336699))
			.withLesson("One", "secret-lesson")
			.createId(accounts.admin());
		// The gateway's edge cache learns of the new course from its CourseCreated event.
		String catalog = await().atMost(Duration.ofSeconds(10))
			.until(() -> expectStatus(200, gateway.get("/api/v1/get-courses")).body(),
					(body) -> body.contains(courseId));
		assertThat(catalog).doesNotContain("videoUrl").doesNotContain("secret-lesson");
		JsonNode course = expect(200, gateway.get("/api/v1/get-course/" + courseId)).get("course");
		assertThat(course.get("courseData").get(0).has("videoUrl")).isFalse();
		CloudinaryStub cloudinary = RunningSystem.cloudinary();
		String thumbnailId = course.get("thumbnail").get("public_id").asString();
		assertThat(cloudinary.storedPublicIds()).contains(thumbnailId);
		assertThat(course.get("thumbnail").get("url").asString()).startsWith("https://")
			.contains(cloudinary.cloudName())
			.contains(thumbnailId);
		assertThat(expectError(404, learner.get("/api/v1/get-course-content/" + courseId)))
			.isEqualTo("You are not eligible to access this course");

		expect(200, learner.get("/api/v1/logout"));
		expectStatus(401, learner.get("/api/v1/me"));
	}

}
