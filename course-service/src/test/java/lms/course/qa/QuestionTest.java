package lms.course.qa;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest extends CourseServiceTest {

	@Test
	void anEnrolledStudentAsksAndTheAnswerEventCarriesTheAskersEmail() {
		String id = createCourse("Ask me");
		String asker = newId();
		String helper = newId();
		registerUser(asker, "Ann Asker", "ann@example.test");
		registerUser(helper, "Hal Helper", "hal@example.test");
		enroll(asker, id);
		enroll(helper, id);
		String lessonId = lesson(id, 0).get("_id").asString();

		Api.Reply asked = user(asker).put("/api/v1/add-question", question(id, lessonId, "What is a bean?"));

		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		assertPublicShape(read(asked).get("course"));
		JsonNode question = lesson(id, 0).get("questions").get(0);
		assertThat(question.get("question").asString()).isEqualTo("What is a bean?");
		assertThat(question.get("user").get("_id").asString()).isEqualTo(asker);
		assertThat(question.get("user").get("name").asString()).isEqualTo("Ann Asker");
		assertThat(question.get("user").get("role").asString()).isEqualTo("user");
		assertThat(question.get("user").has("email")).isFalse();
		String questionId = question.get("_id").asString();
		JsonNode askedEvent = this.json.readTree(awaitCourseEvent(id, "lms.course.QuestionAsked.v1").value());
		assertThat(askedEvent.get("questionId").asString()).isEqualTo(questionId);
		assertThat(askedEvent.get("contentTitle").asString()).isEqualTo("Intro");
		assertThat(askedEvent.get("courseName").asString()).isEqualTo("Ask me");
		assertThat(askedEvent.get("userName").asString()).isEqualTo("Ann Asker");

		Api.Reply answered = user(helper).put("/api/v1/add-answer", answer(id, lessonId, questionId, "An object."));

		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertPublicShape(read(answered).get("course"));
		JsonNode reply = lesson(id, 0).get("questions").get(0).get("questionReplies").get(0);
		assertThat(reply.get("answer").asString()).isEqualTo("An object.");
		assertThat(reply.get("user").get("name").asString()).isEqualTo("Hal Helper");
		assertThat(reply.has("createdAt")).isTrue();
		JsonNode answeredEvent = this.json.readTree(awaitCourseEvent(id, "lms.course.QuestionAnswered.v1").value());
		assertThat(answeredEvent.get("questionAuthorEmail").asString()).isEqualTo("ann@example.test");
		assertThat(answeredEvent.get("questionAuthorName").asString()).isEqualTo("Ann Asker");
		assertThat(answeredEvent.get("answeredBy").asString()).isEqualTo(helper);
		assertThat(answeredEvent.get("answerId").asString()).isEqualTo(reply.get("_id").asString());
	}

	@Test
	void onlyEnrolledStudentsAndAdminsTakePart() {
		String id = createCourse("Members only");
		String lessonId = lesson(id, 0).get("_id").asString();

		Api.Reply stranger = user(newId()).put("/api/v1/add-question", question(id, lessonId, "Free videos?"));

		assertThat(stranger.status()).isEqualTo(404);
		assertThat(read(stranger).get("message").asString()).isEqualTo("You are not eligible to access this course");
		assertThat(lesson(id, 0).get("questions")).isEmpty();
		assertThat(admin().put("/api/v1/add-question", question(id, lessonId, "Admin here")).status()).isEqualTo(200);
		assertThat(anonymous().put("/api/v1/add-question", question(id, lessonId, "?")).status()).isEqualTo(401);
	}

	@Test
	void unknownLessonsAndQuestionsAndEmptyTextAreRefused() {
		String id = createCourse("Strict Q&A");
		String student = newStudentOf(id);
		String lessonId = lesson(id, 0).get("_id").asString();

		assertThat(user(student).put("/api/v1/add-question", question(id, newId(), "Where?")).body())
			.isEqualTo("{\"success\":false,\"message\":\"Invalid content id\"}");
		assertThat(user(student).put("/api/v1/add-answer", answer(id, lessonId, newId(), "Here")).body())
			.isEqualTo("{\"success\":false,\"message\":\"Invalid question id\"}");
		Api.Reply empty = user(student).put("/api/v1/add-question", question(id, lessonId, " "));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(read(empty).get("errors").findValuesAsString("field")).containsExactly("question");
		assertThat(admin().put("/api/v1/add-question", question(newId(), lessonId, "Gone?")).status()).isEqualTo(404);
	}

	static void assertPublicShape(JsonNode course) {
		assertThat(course.get("courseData")
			.valueStream()
			.noneMatch((l) -> l.has("videoUrl") || l.has("questions") || l.has("links") || l.has("suggestion")))
			.isTrue();
	}

	static String question(String courseId, String contentId, String text) {
		return "{\"question\":\"%s\",\"courseId\":\"%s\",\"contentId\":\"%s\"}".formatted(text, courseId, contentId);
	}

	static String answer(String courseId, String contentId, String questionId, String text) {
		return "{\"answer\":\"%s\",\"courseId\":\"%s\",\"contentId\":\"%s\",\"questionId\":\"%s\"}".formatted(text,
				courseId, contentId, questionId);
	}

}
