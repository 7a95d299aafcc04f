package lms.course.content;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTest extends CourseServiceTest {

	private static final String NOT_ELIGIBLE = "{\"success\":false,\"message\":\"You are not eligible to access this course\"}";

	@Test
	void enrolledStudentsGetTheFullLessons() {
		String id = createCourse("Content");
		String student = newStudentOf(id);

		Api.Reply reply = user(student).get("/api/v1/get-course-content/" + id);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
		JsonNode content = read(reply).get("content");
		assertThat(content).hasSize(2);
		assertThat(content.get(0).get("videoUrl").asString()).isEqualTo("secret-video-1");
		assertThat(content.get(0).get("links").get(0).get("title").asString()).isEqualTo("Docs");
		assertThat(content.get(0).get("suggestion").asString()).isEqualTo("Take notes");
		assertThat(content.get(0).get("questions")).isEmpty();
	}

	@Test
	void othersAreNotEligibleButAdminsAre() {
		String id = createCourse("Locked");
		enroll(newId(), id);

		assertThat(user(newId()).get("/api/v1/get-course-content/" + id).body()).isEqualTo(NOT_ELIGIBLE);
		assertThat(user(newId()).get("/api/v1/get-course-content/" + newId()).body()).isEqualTo(NOT_ELIGIBLE);
		assertThat(anonymous().get("/api/v1/get-course-content/" + id).status()).isEqualTo(401);
		assertThat(admin().get("/api/v1/get-course-content/" + id).status()).isEqualTo(200);
		assertThat(admin().get("/api/v1/get-course-content/" + newId()).status()).isEqualTo(404);
	}

	@Test
	void myCoursesListsTheCallersEnrolledCoursesInTheCatalogShape() {
		String mine = createCourse("Mine");
		String other = createCourse("Not mine");
		String student = newStudentOf(mine);

		Api.Reply reply = user(student).get("/api/v1/get-my-courses");

		assertThat(reply.status()).isEqualTo(200);
		JsonNode courses = read(reply).get("courses");
		assertThat(courses.findValuesAsString("_id")).contains(mine).doesNotContain(other);
		assertThat(courses.get(0).get("courseData").get(0).has("videoUrl")).isFalse();
		assertThat(user(newId()).get("/api/v1/get-my-courses").body()).isEqualTo("{\"success\":true,\"courses\":[]}");
		assertThat(anonymous().get("/api/v1/get-my-courses").status()).isEqualTo(401);
	}

}
