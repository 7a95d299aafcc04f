package lms.course.qa;

import java.time.Duration;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.testkit.KafkaProbe;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.course.qa.QuestionTest.answer;
import static lms.course.qa.QuestionTest.question;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Q&A by users course-service has not heard of yet: names and the reply mail's address
 * come from identity-service.
 */
class QuestionByUnknownUserTest extends CourseServiceTest {

	@AfterEach
	void identityBack() {
		IDENTITY.recover();
	}

	@Test
	void aQuestionByAnUnknownAskerShowsTheirNameAndTheAnswerEventCarriesTheirEmail() {
		String id = createCourse("Ask early");
		String asker = newId();
		String helper = newId();
		IDENTITY.addUser(asker, "Ada Early", "ada@example.test", "https://img.test/ada.png");
		IDENTITY.addUser(helper, "Hugo Helper", "hugo@example.test", null);
		enroll(asker, id);
		enroll(helper, id);
		String lessonId = lesson(id, 0).get("_id").asString();

		Api.Reply asked = user(asker).put("/api/v1/add-question", question(id, lessonId, "Too early?"));

		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		JsonNode question = lesson(id, 0).get("questions").get(0);
		assertThat(question.get("user").get("name").asString()).isEqualTo("Ada Early");
		assertThat(question.get("user").get("avatar").get("url").asString()).isEqualTo("https://img.test/ada.png");

		Api.Reply answered = user(helper).put("/api/v1/add-answer",
				answer(id, lessonId, question.get("_id").asString(), "Never."));

		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		JsonNode reply = lesson(id, 0).get("questions").get(0).get("questionReplies").get(0);
		assertThat(reply.get("user").get("name").asString()).isEqualTo("Hugo Helper");
		JsonNode event = this.json.readTree(awaitCourseEvent(id, "lms.course.QuestionAnswered.v1").value());
		assertThat(event.get("questionAuthorEmail").asString()).isEqualTo("ada@example.test");
		assertThat(event.get("questionAuthorName").asString()).isEqualTo("Ada Early");
	}

	@Test
	void anAnswerToAnUnknownAskerWhileIdentityIsDownIs503AndAddsNothing() {
		String id = createCourse("Answer in outage");
		String asker = newStudentOf(id);
		String helper = newStudentOf(id);
		registerUser(helper, "Hana Helper", "hana@example.test");
		String lessonId = lesson(id, 0).get("_id").asString();
		assertThat(user(asker).put("/api/v1/add-question", question(id, lessonId, "Anyone?")).status()).isEqualTo(200);
		String questionId = lesson(id, 0).get("questions").get(0).get("_id").asString();
		this.mongo.getCollection("users").deleteOne(new Document("_id", new ObjectId(asker)));
		IDENTITY.failWith(503);

		Api.Reply answered = user(helper).put("/api/v1/add-answer", answer(id, lessonId, questionId, "Me."));

		assertThat(answered.status()).as(answered.body()).isEqualTo(503);
		assertThat(read(answered).get("message").asString()).isEqualTo("User service unavailable, try again shortly");
		assertThat(lesson(id, 0).get("questions").get(0).get("questionReplies")).isEmpty();
		assertThat(new KafkaProbe(this.brokers).recordsWithin(Topics.COURSE_COURSE, Duration.ofSeconds(1)))
			.noneMatch((r) -> id.equals(r.key())
					&& "lms.course.QuestionAnswered.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)));
	}

}
