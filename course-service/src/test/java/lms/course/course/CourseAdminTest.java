package lms.course.course;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CourseAdminTest extends CourseServiceTest {

	@Test
	void anAdminCreatesACourseInTheOriginalShapeWithItsThumbnailStoredByMediaService() {
		int uploadsBefore = MEDIA.stored().size();
		Api.Reply reply = admin().post("/api/v1/create-course", courseJson("Spring in depth"));

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		JsonNode course = read(reply).get("course");
		assertThat(read(reply).get("success").asBoolean()).isTrue();
		assertThat(course.get("_id").asString()).matches("[0-9a-f]{24}");
		assertThat(course.get("price").asDouble()).isEqualTo(49.0);
		assertThat(course.get("ratings").asDouble()).isZero();
		assertThat(course.get("purchased").asInt()).isZero();
		assertThat(course.get("thumbnail").get("public_id").asString()).startsWith("courses/");
		assertThat(course.get("thumbnail").get("url").asString()).startsWith("https://");
		assertThat(course.get("benefits").get(0).get("_id").asString()).matches("[0-9a-f]{24}");
		assertThat(course.get("courseData")).hasSize(2);
		JsonNode lesson = course.get("courseData").get(0);
		assertThat(lesson.get("_id").asString()).matches("[0-9a-f]{24}");
		assertThat(lesson.get("videoUrl").asString()).isEqualTo("secret-video-1");
		assertThat(lesson.get("links").get(0).get("url").asString()).isEqualTo("https://docs.example/1");
		assertThat(lesson.get("questions")).isEmpty();
		assertThat(course.has("createdAt")).isTrue();
		assertThat(course.has("totalVideos")).isFalse();
		assertThat(course.has("outbox")).isFalse();
		assertThat(course.has("revision")).isFalse();
		assertThat(MEDIA.stored()).hasSize(uploadsBefore + 1);
		assertThat(MEDIA.stored().get(uploadsBefore)).contains("course-thumbnail").contains(PNG);

		String id = course.get("_id").asString();
		ConsumerRecord<String, String> event = awaitCourseEvent(id, "lms.course.CourseCreated.v1");
		JsonNode payload = this.json.readTree(event.value());
		assertThat(payload.get("name").asString()).isEqualTo("Spring in depth");
		assertThat(payload.get("thumbnailPublicId").asString())
			.isEqualTo(course.get("thumbnail").get("public_id").asString());
	}

	@Test
	void missingRequiredFieldsAreListedAndNothingIsStored() {
		long before = this.mongo.getCollection("courses").countDocuments();
		Api.Reply reply = admin().post("/api/v1/create-course", "{\"description\":\"x\",\"price\":-1}");

		assertThat(reply.status()).isEqualTo(422);
		JsonNode body = read(reply);
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.get("errors").findValuesAsString("field")).contains("name", "categories", "price", "tags",
				"level", "demoUrl");
		assertThat(this.mongo.getCollection("courses").countDocuments()).isEqualTo(before);
	}

	@Test
	void aThumbnailThatIsNeitherAnImageNorTheCurrentUrlIsRefused() {
		String body = courseJson("Odd").replace(PNG, "ftp://elsewhere/img.png");
		assertThat(admin().post("/api/v1/create-course", body).status()).isEqualTo(422);
	}

	@Test
	void whenMediaServiceCannotStoreTheThumbnailNoCourseIsCreated() {
		long before = this.mongo.getCollection("courses").countDocuments();
		MEDIA.failWith(503);
		try {
			Api.Reply reply = admin().post("/api/v1/create-course", courseJson("No image"));
			assertThat(reply.status()).isEqualTo(503);
			assertThat(read(reply).get("message").asString()).isNotBlank();
		}
		finally {
			MEDIA.recover();
		}
		assertThat(this.mongo.getCollection("courses").countDocuments()).isEqualTo(before);
	}

	@Test
	void onlyAdminsManageCourses() {
		String id = createCourse("Guarded");
		Api student = user(newId());
		assertThat(student.post("/api/v1/create-course", courseJson("Mine")).body())
			.isEqualTo("{\"success\":false,\"message\":\"Role: user is not allowed to access this resource\"}");
		assertThat(student.put("/api/v1/edit-course/" + id, "{\"name\":\"Hijacked\"}").status()).isEqualTo(403);
		assertThat(student.delete("/api/v1/delete-course/" + id).status()).isEqualTo(403);
		assertThat(student.get("/api/v1/get-admin-courses").status()).isEqualTo(403);
		assertThat(student.post("/api/v1/create-course", "{\"price\":-1}").status()).as("role before validation")
			.isEqualTo(403);
		assertThat(anonymous().post("/api/v1/create-course", courseJson("Anon")).status()).isEqualTo(401);
		assertThat(anonymous().as("forged.token.value").get("/api/v1/get-admin-courses").status()).isEqualTo(401);
	}

	@Test
	void editingKeepsQuestionsAndLessonIdsAndLeavesOmittedArraysAlone() {
		String id = createCourse("Editable");
		String student = newStudentOf(id);
		String introId = lesson(id, 0).get("_id").asString();
		String nextId = lesson(id, 1).get("_id").asString();
		assertThat(user(student)
			.put("/api/v1/add-question",
					"{\"question\":\"Why?\",\"courseId\":\"" + id + "\",\"contentId\":\"" + introId + "\"}")
			.status()).isEqualTo(200);
		assertThat(user(student)
			.put("/api/v1/add-question",
					"{\"question\":\"How?\",\"courseId\":\"" + id + "\",\"contentId\":\"" + nextId + "\"}")
			.status()).isEqualTo(200);
		String thumbnailUrl = read(admin().get("/api/v1/get-course/" + id)).get("course")
			.get("thumbnail")
			.get("url")
			.asString();

		// as the admin client sends it: lessons without questions, the thumbnail's URL
		String edit = """
				{"name":"Edited","thumbnail":"%s","courseData":[
				 {"title":"Intro","description":"Start here, revised","videoUrl":"secret-video-1b","videoSection":"Basics","videoLength":13,"links":[]},
				 {"_id":"%s","title":"Next, renamed","videoUrl":"secret-video-2","videoSection":"Basics","videoLength":8},
				 {"title":"Bonus","videoUrl":"secret-video-3","videoSection":"Extra","videoLength":3}]}
				"""
			.formatted(thumbnailUrl, nextId);
		Api.Reply reply = admin().put("/api/v1/edit-course/" + id, edit);

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode course = read(reply).get("course");
		assertThat(course.get("name").asString()).isEqualTo("Edited");
		assertThat(course.get("description").asString()).isEqualTo("Learn it all");
		assertThat(course.get("benefits").get(0).get("title").asString()).isEqualTo("Build apps");
		JsonNode lessons = course.get("courseData");
		assertThat(lessons).hasSize(3);
		assertThat(lessons.get(0).get("_id").asString()).isEqualTo(introId);
		assertThat(lessons.get(0).get("videoUrl").asString()).isEqualTo("secret-video-1b");
		assertThat(lessons.get(0).get("questions").get(0).get("question").asString()).isEqualTo("Why?");
		assertThat(lessons.get(1).get("_id").asString()).isEqualTo(nextId);
		assertThat(lessons.get(1).get("questions").get(0).get("question").asString()).isEqualTo("How?");
		assertThat(lessons.get(2).get("questions")).isEmpty();

		JsonNode event = this.json.readTree(awaitCourseEvent(id, "lms.course.CourseUpdated.v1").value());
		assertThat(event.get("changedFields").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("name", "courseData");
		assertThat(event.get("oldThumbnailPublicId").asString())
			.isEqualTo(event.get("newThumbnailPublicId").asString());
	}

	@Test
	void aNewThumbnailIsUploadedAndTheEventNamesTheOldOneForMediaServiceToDestroy() {
		String id = createCourse("New look");
		String oldPublicId = read(admin().get("/api/v1/get-course/" + id)).get("course")
			.get("thumbnail")
			.get("public_id")
			.asString();

		Api.Reply reply = admin().put("/api/v1/edit-course/" + id, "{\"thumbnail\":\"" + PNG + "\"}");

		assertThat(reply.status()).isEqualTo(200);
		String newPublicId = read(reply).get("course").get("thumbnail").get("public_id").asString();
		assertThat(newPublicId).isNotEqualTo(oldPublicId);
		JsonNode event = this.json.readTree(awaitCourseEvent(id, "lms.course.CourseUpdated.v1").value());
		assertThat(event.get("oldThumbnailPublicId").asString()).isEqualTo(oldPublicId);
		assertThat(event.get("newThumbnailPublicId").asString()).isEqualTo(newPublicId);
		assertThat(event.get("changedFields").valueStream().map(JsonNode::asString).toList())
			.containsExactly("thumbnail");
	}

	@Test
	void editingIsValidatedAndAnUnknownCourseIsNotFound() {
		String id = createCourse("Strict");
		Api.Reply blank = admin().put("/api/v1/edit-course/" + id, "{\"name\":\"  \",\"price\":-5}");
		assertThat(blank.status()).isEqualTo(422);
		assertThat(read(blank).get("errors").findValuesAsString("field")).contains("name", "price");
		assertThat(admin().put("/api/v1/edit-course/" + newId(), "{\"name\":\"X\"}").body())
			.isEqualTo("{\"success\":false,\"message\":\"Course not found\"}");
		assertThat(admin().put("/api/v1/edit-course/not-an-id", "{\"name\":\"X\"}").status()).isEqualTo(404);
		assertThat(admin().put("/api/v1/edit-course/" + id, "{\"name\":").status()).isEqualTo(400);
	}

}
