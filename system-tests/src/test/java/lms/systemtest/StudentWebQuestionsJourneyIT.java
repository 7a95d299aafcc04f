package lms.systemtest;

import java.time.Duration;
import java.util.UUID;

import lms.localstack.ReceivedMail;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Questions, answers, reviews and the admin's reply in the student web app (original-api
 * §5.4), every user in a browser of their own whose cookies carry the session.
 */
class StudentWebQuestionsJourneyIT extends Journey {

	@Test
	void aClassmatesAnswerIsMailedToTheAskerAndTheAdminRepliesToTheReview() {
		String courseName = "Web Q&A " + UUID.randomUUID();
		String lessonTitle = "Lesson " + UUID.randomUUID();
		String courseId = CourseDraft.of(courseName, 0).withLesson(lessonTitle, "qa-video").createId(accounts.admin());
		Browser asker = enrolledStudent("Ada Asker", courseId);
		Browser classmate = enrolledStudent("Carl Classmate", courseId);
		String lessonId = Catalog.lessons(asker, courseId).get(0).get("_id").asString();

		expect(200, asker.put("/api/v1/add-question", """
				{"question":"Why does it work?","courseId":"%s","contentId":"%s"}""".formatted(courseId, lessonId)));
		JsonNode question = Catalog.lessons(classmate, courseId).get(0).get("questions").get(0);
		assertThat(question.get("question").asString()).isEqualTo("Why does it work?");
		assertThat(question.get("user").get("name").asString()).isEqualTo("Ada Asker");
		assertThat(question.get("user").has("email")).isFalse();
		assertThat(question.get("createdAt").asString()).isNotBlank();

		Catalog.answer(classmate, courseId, lessonId, question, "Because of tests");
		JsonNode reply = Catalog.firstReply(asker, courseId);
		assertThat(reply.get("answer").asString()).isEqualTo("Because of tests");
		assertThat(reply.get("user").get("name").asString()).isEqualTo("Carl Classmate");
		assertThat(reply.get("user").get("role").asString()).isEqualTo("user");
		assertThat(reply.get("createdAt").asString()).isNotBlank();
		String askerEmail = email(asker);
		ReceivedMail mail = accounts.mails().await(askerEmail, Mails.QUESTION_REPLY);
		assertThat(mail.text()).contains("Ada Asker").contains(lessonTitle);
		assertThat(accounts.mails().received(email(classmate), Mails.QUESTION_REPLY)).isEmpty();

		JsonNode reviewed = expect(200,
				asker.put("/api/v1/add-review/" + courseId, "{\"review\":\"Clear and short\",\"rating\":4}"))
			.get("course");
		assertThat(reviewed.get("ratings").asDouble()).isEqualTo(4.0);
		String reviewId = reviewed.get("reviews").get(0).get("_id").asString();
		Browser admin = new Browser(gatewayUrl);
		Accounts.logIn(admin, accounts.demoAdmin().email(), accounts.demoAdmin().password());
		expect(200, admin.put("/api/v1/add-reply", """
				{"comment":"Thank you!","courseId":"%s","reviewId":"%s"}""".formatted(courseId, reviewId)));

		JsonNode review = await().atMost(Duration.ofSeconds(30))
			.until(() -> expect(200, asker.get("/api/v1/get-course/" + courseId)).get("course").get("reviews").get(0),
					(r) -> r.get("commentReplies").size() == 1);
		assertThat(review.get("comment").asString()).isEqualTo("Clear and short");
		assertThat(review.get("rating").asInt()).isEqualTo(4);
		assertThat(review.get("user").get("name").asString()).isEqualTo("Ada Asker");
		assertThat(review.get("createdAt").asString()).isNotBlank();
		JsonNode adminReply = review.get("commentReplies").get(0);
		assertThat(adminReply.get("comment").asString()).isEqualTo("Thank you!");
		assertThat(adminReply.get("user").get("role").asString()).isEqualTo("admin");
		assertThat(adminReply.get("user").get("name").asString()).isEqualTo(accounts.demoAdmin().name());
		assertThat(adminReply.get("createdAt").asString()).isNotBlank();
	}

	private static Browser enrolledStudent(String name, String courseId) {
		Browser browser = new Browser(gatewayUrl);
		String email = Accounts.newEmail(name.toLowerCase().replace(' ', '-'));
		accounts.signUp(browser, name, email, Accounts.PASSWORD);
		Accounts.logIn(browser, email, Accounts.PASSWORD);
		expect(201, browser.post("/api/v1/create-order", "{\"courseId\":\"" + courseId + "\"}"));
		Catalog.awaitEnrolled(browser, courseId);
		return browser;
	}

	private static String email(Browser browser) {
		return expect(200, browser.get("/api/v1/me")).get("user").get("email").asString();
	}

}
