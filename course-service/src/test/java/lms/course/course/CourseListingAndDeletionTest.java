package lms.course.course;

import java.util.List;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CourseListingAndDeletionTest extends CourseServiceTest {

	@Test
	void deletingWorksByPathAndByBodyAndPublishesTheThumbnailToDestroy() {
		String byPath = createCourse("Doomed by path");
		String byBody = createCourse("Doomed by body");

		Api.Reply first = admin().delete("/api/v1/delete-course/" + byPath);
		Api.Reply second = admin().delete("/api/v1/delete-course", "{\"id\":\"" + byBody + "\"}");

		assertThat(first.body()).isEqualTo("{\"success\":true,\"message\":\"course deleted successfully\"}");
		assertThat(second.status()).isEqualTo(200);
		assertThat(anonymous().get("/api/v1/get-course/" + byPath).status()).isEqualTo(404);
		assertThat(admin().delete("/api/v1/delete-course/" + byPath).status()).isEqualTo(404);
		assertThat(admin().delete("/api/v1/delete-course", "{}").status()).isEqualTo(422);
		JsonNode event = this.json.readTree(awaitCourseEvent(byBody, "lms.course.CourseDeleted.v1").value());
		assertThat(event.get("thumbnailPublicId").asString()).startsWith("courses/");
		List<String> adminIds = read(admin().get("/api/v1/get-admin-courses")).get("courses").findValuesAsString("_id");
		assertThat(adminIds).doesNotContain(byPath, byBody);
	}

	@Test
	void adminsSeeEveryCourseInFullNewestFirst() {
		String older = createCourse("Older");
		String newer = createCourse("Newer");

		Api.Reply reply = admin().get("/api/v1/get-admin-courses");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
		JsonNode courses = read(reply).get("courses");
		List<String> ids = courses.valueStream().map((c) -> c.get("_id").asString()).toList();
		assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
		assertThat(courses.get(0).get("courseData").get(0).has("videoUrl")).isTrue();
	}

}
