package lms.course.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import lms.course.course.Course;
import lms.course.course.QuestionThread;
import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import static lms.course.qa.QuestionTest.answer;
import static lms.course.qa.QuestionTest.question;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No user action grows one document without limit: questions and reviews are documents of
 * their own, each user's questions and answers per course are counted, a thread holds a
 * bounded number of answers and a review a bounded number of replies. Refusals are 422 in
 * the contract's shape and store nothing. Limits are shrunk here so each is reached in a
 * few calls.
 */
@TestPropertySource(properties = { "lms.course.qa.questions-per-user=3", "lms.course.qa.answers-per-user=4",
		"lms.course.qa.answers-per-question=3", "lms.course.reviews.replies-per-review=2" })
class DiscussionBoundsTest extends CourseServiceTest {

	@Test
	void aUserAsksUpToTheLimitInACourseAndTheNextQuestionIsRefusedWithNothingStored() {
		String course = createCourse("Chatty");
		String other = createCourse("Elsewhere");
		String student = enrolled(course, other);
		String lesson = lessonId(course);

		for (int i = 1; i <= 3; i++) {
			assertThat(user(student).put("/api/v1/add-question", question(course, lesson, "Q" + i)).status())
				.isEqualTo(200);
		}
		Api.Reply fourth = user(student).put("/api/v1/add-question", question(course, lesson, "Q4"));

		assertThat(fourth.status()).isEqualTo(422);
		assertThat(fourth.body())
			.isEqualTo("{\"success\":false,\"message\":\"You have reached the limit of 3 questions in this course\"}");
		assertThat(lesson(course, 0).get("questions")).hasSize(3);
		assertThat(user(student).put("/api/v1/add-question", question(other, lessonId(other), "Q")).status())
			.as("the limit is per course")
			.isEqualTo(200);
		assertThat(admin().put("/api/v1/add-question", question(course, lesson, "From the admin")).status())
			.as("admins are not counted")
			.isEqualTo(200);
	}

	@Test
	void parallelQuestionsCannotPassTheLimitTogether() throws Exception {
		String course = createCourse("Rush");
		String student = enrolled(course);
		String lesson = lessonId(course);
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String text = "Q" + i;
			calls.add(() -> user(student).put("/api/v1/add-question", question(course, lesson, text)).status());
		}
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
			for (Future<Integer> status : pool.invokeAll(calls)) {
				statuses.add(status.get());
			}
		}

		assertThat(statuses).containsOnly(200, 422).filteredOn((s) -> s == 200).hasSize(3);
		assertThat(this.mongo.count(Query.query(Criteria.where("courseId").is(course)), QuestionThread.class))
			.isEqualTo(3);
	}

	@Test
	void aThreadHoldsItsLimitOfAnswersAndAUserTheirsPerCourse() {
		String course = createCourse("Threads");
		String lesson = lessonId(course);
		String asker = enrolled(course);
		String first = askedBy(asker, course, lesson, "First?");
		List<String> helpers = List.of(enrolled(course), enrolled(course), enrolled(course), enrolled(course));
		for (int i = 0; i < 3; i++) {
			assertThat(user(helpers.get(i)).put("/api/v1/add-answer", answer(course, lesson, first, "A" + i)).status())
				.isEqualTo(200);
		}

		Api.Reply full = user(helpers.get(3)).put("/api/v1/add-answer", answer(course, lesson, first, "One more"));

		assertThat(full.status()).isEqualTo(422);
		assertThat(read(full).get("message").asString()).isEqualTo("This question has reached its limit of 3 answers");
		assertThat(lesson(course, 0).get("questions").get(0).get("questionReplies")).hasSize(3);
		String busy = helpers.get(3);
		for (int i = 0; i < 4; i++) {
			String another = askedBy(enrolled(course), course, lesson, "More " + i + "?");
			assertThat(user(busy).put("/api/v1/add-answer", answer(course, lesson, another, "Yes")).status())
				.isEqualTo(200);
		}
		String last = askedBy(enrolled(course), course, lesson, "Last?");
		Api.Reply overUserLimit = user(busy).put("/api/v1/add-answer", answer(course, lesson, last, "Yes"));
		assertThat(overUserLimit.status()).isEqualTo(422);
		assertThat(read(overUserLimit).get("message").asString())
			.isEqualTo("You have reached the limit of 4 answers in this course");
		assertThat(thread(last).questionReplies()).isEmpty();
	}

	@Test
	void aReviewHoldsItsLimitOfReplies() {
		String course = createCourse("Replies");
		String student = enrolled(course);
		String review = read(user(student).put("/api/v1/add-review/" + course, "{\"review\":\"Ok\",\"rating\":4}"))
			.get("course")
			.get("reviews")
			.get(0)
			.get("_id")
			.asString();
		String reply = "{\"comment\":\"Thanks\",\"courseId\":\"%s\",\"reviewId\":\"%s\"}".formatted(course, review);
		assertThat(admin().put("/api/v1/add-reply", reply).status()).isEqualTo(200);
		assertThat(admin().put("/api/v1/add-reply", reply).status()).isEqualTo(200);

		Api.Reply third = admin().put("/api/v1/add-reply", reply);

		assertThat(third.status()).isEqualTo(422);
		assertThat(read(third).get("message").asString()).isEqualTo("This review has reached its limit of 2 replies");
		JsonNode stored = read(anonymous().get("/api/v1/get-course/" + course)).get("course").get("reviews").get(0);
		assertThat(stored.get("commentReplies")).hasSize(2);
	}

	@Test
	void questionsAnswersReviewsAndRepliesLeaveTheCourseDocumentAsItWas() {
		String course = createCourse("Untouched");
		Document before = courseDocument(course);
		String student = enrolled(course);
		String lesson = lessonId(course);
		String asked = askedBy(student, course, lesson, "Why?");
		Api.Reply answered = user(student).put("/api/v1/add-answer", answer(course, lesson, asked, "Because."));
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		Api.Reply reviewed = user(student).put("/api/v1/add-review/" + course, "{\"review\":\"Good\",\"rating\":5}");
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);

		assertThat(courseDocument(course)).isEqualTo(before);
		JsonNode shown = read(anonymous().get("/api/v1/get-course/" + course)).get("course");
		assertThat(shown.get("reviews")).hasSize(1);
		assertThat(shown.get("ratings").asDouble()).isEqualTo(5.0);
		assertThat(lesson(course, 0).get("questions").get(0).get("questionReplies").get(0).get("answer").asString())
			.isEqualTo("Because.");
	}

	private String enrolled(String... courses) {
		String student = newId();
		for (String course : courses) {
			enroll(student, course);
		}
		return student;
	}

	private String lessonId(String course) {
		return lesson(course, 0).get("_id").asString();
	}

	private String askedBy(String user, String course, String lesson, String text) {
		assertThat(user(user).put("/api/v1/add-question", question(course, lesson, text)).status()).isEqualTo(200);
		return this.mongo
			.findOne(Query.query(Criteria.where("courseId").is(course).and("question").is(text)), QuestionThread.class)
			.id();
	}

	private QuestionThread thread(String id) {
		return this.mongo.findById(id, QuestionThread.class);
	}

	private Document courseDocument(String id) {
		Document document = this.mongo.getCollection(Course.COLLECTION)
			.find(new Document("_id", new ObjectId(id)))
			.first();
		// the relay's bookkeeping: pending events and its lease on the document
		document.remove("outbox");
		document.remove("outboxLease");
		return document;
	}

}
