package lms.course.course;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Courses written before reviews and questions had documents of their own keep them
 * visible, and move them out without losing one: after the move the course embeds none,
 * the same items show, the question can be answered and the reviewer still reviews once.
 */
class EmbeddedDiscussionsTest extends CourseServiceTest {

	@Autowired
	CourseStore store;

	@Autowired
	EmbeddedDiscussions move;

	@Test
	void embeddedReviewsAndQuestionsShowBeforeAndAfterTheyMoveAndTheMoveCanRepeat() {
		String id = createCourse("Old style");
		String reviewer = newStudentOf(id);
		String asker = newStudentOf(id);
		embed(id, reviewer, asker);
		assertShown(id);

		this.move.moveAll();
		this.move.moveAll();

		Course stored = this.store.require(id);
		assertThat(stored.reviews()).isEmpty();
		assertThat(stored.courseData()).allSatisfy((lesson) -> assertThat(lesson.questions()).isEmpty());
		assertShown(id);
		String lessonId = stored.courseData().get(0).id();
		String questionId = read(admin().get("/api/v1/get-course-content/" + id)).get("content")
			.get(0)
			.get("questions")
			.get(0)
			.get("_id")
			.asString();
		Api.Reply answered = user(reviewer).put("/api/v1/add-answer",
				"{\"answer\":\"Sure\",\"courseId\":\"%s\",\"contentId\":\"%s\",\"questionId\":\"%s\"}".formatted(id,
						lessonId, questionId));
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(user(reviewer).put("/api/v1/add-review/" + id, "{\"review\":\"Again\",\"rating\":1}").status())
			.isEqualTo(409);
	}

	private void embed(String id, String reviewer, String asker) {
		Instant then = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
		Review review = new Review(Ids.next(), new UserSnapshot(reviewer, "Rita", null, "user"), 4, "Solid", List.of(),
				then, then);
		Question question = new Question(Ids.next(), new UserSnapshot(asker, "Abe", null, "user"), "How?", List
			.of(new Answer(Ids.next(), new UserSnapshot(reviewer, "Rita", null, "user"), "Like so", then, then)), then,
				then);
		this.store.write(id, (stored) -> {
			List<Lesson> lessons = new ArrayList<>(stored.courseData());
			lessons.set(0, lessons.get(0).withQuestion(question));
			return CourseChange
				.of(new Update().set("reviews", List.of(review)).set("ratings", 4.0).set("courseData", lessons), null);
		});
	}

	private void assertShown(String id) {
		JsonNode course = read(anonymous().get("/api/v1/get-course/" + id)).get("course");
		assertThat(course.get("reviews")).hasSize(1);
		assertThat(course.get("reviews").get(0).get("comment").asString()).isEqualTo("Solid");
		assertThat(course.get("ratings").asDouble()).isEqualTo(4.0);
		JsonNode questions = read(admin().get("/api/v1/get-course-content/" + id)).get("content")
			.get(0)
			.get("questions");
		assertThat(questions).hasSize(1);
		assertThat(questions.get(0).get("questionReplies").get(0).get("answer").asString()).isEqualTo("Like so");
	}

}
