package lms.course.review;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewTest extends CourseServiceTest {

	@Test
	void eachStudentReviewsOnceAndTheAverageIsRecomputed() {
		String id = createCourse("Rated");
		String ann = newId();
		registerUser(ann, "Ann", "ann@example.test");
		enroll(ann, id);
		String bob = newStudentOf(id);

		Api.Reply first = user(ann).put("/api/v1/add-review/" + id, review("Great", "5"));
		Api.Reply second = user(bob).put("/api/v1/add-review/" + id, review("Fine", "2"));

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		JsonNode course = read(second).get("course");
		assertThat(course.get("ratings").asDouble()).isEqualTo(3.5);
		assertThat(course.get("reviews")).hasSize(2);
		JsonNode review = course.get("reviews").get(0);
		assertThat(review.get("comment").asString()).isEqualTo("Great");
		assertThat(review.get("rating").asInt()).isEqualTo(5);
		assertThat(review.get("user").get("name").asString()).isEqualTo("Ann");
		assertThat(review.get("user").has("email")).isFalse();
		assertThat(course.get("courseData").get(0).has("videoUrl")).isFalse();

		Api.Reply again = user(ann).put("/api/v1/add-review/" + id, review("Still great", "4"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(read(anonymous().get("/api/v1/get-course/" + id)).get("course").get("reviews")).hasSize(2);
		JsonNode event = this.json.readTree(awaitCourseEvent(id, "lms.course.ReviewAdded.v1").value());
		assertThat(event.get("courseName").asString()).isEqualTo("Rated");
		assertThat(event.get("rating").asInt()).isBetween(2, 5);
	}

	@Test
	void ratingsAreWholeNumbersFromOneToFive() {
		String id = createCourse("Picky");
		String student = newStudentOf(id);
		for (String rating : new String[] { "0", "6", "4.5", "\"x\"", "null" }) {
			Api.Reply reply = user(student).put("/api/v1/add-review/" + id, review("Hmm", rating));
			assertThat(reply.status()).as(rating).isIn(400, 422);
		}
		assertThat(read(anonymous().get("/api/v1/get-course/" + id)).get("course").get("reviews")).isEmpty();
	}

	@Test
	void onlyEnrolledStudentsReview() {
		String id = createCourse("Closed reviews");
		assertThat(user(newId()).put("/api/v1/add-review/" + id, review("Spam", "1")).body())
			.isEqualTo("{\"success\":false,\"message\":\"You are not eligible to access this course\"}");
	}

	@Test
	void adminsReplyToReviews() {
		String id = createCourse("Replied");
		String student = newStudentOf(id);
		String reviewId = read(user(student).put("/api/v1/add-review/" + id, review("Nice", "4"))).get("course")
			.get("reviews")
			.get(0)
			.get("_id")
			.asString();

		Api.Reply reply = admin().put("/api/v1/add-reply", reply(id, reviewId, "Thanks!"));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode replies = read(reply).get("course").get("reviews").get(0).get("commentReplies");
		assertThat(replies.get(0).get("comment").asString()).isEqualTo("Thanks!");
		assertThat(replies.get(0).get("user").get("role").asString()).isEqualTo("admin");
		JsonNode event = this.json.readTree(awaitCourseEvent(id, "lms.course.ReviewReplied.v1").value());
		assertThat(event.get("reviewId").asString()).isEqualTo(reviewId);
		assertThat(event.get("replyId").asString()).isEqualTo(replies.get(0).get("_id").asString());

		assertThat(user(student).put("/api/v1/add-reply", reply(id, reviewId, "Me too")).status()).isEqualTo(403);
		assertThat(admin().put("/api/v1/add-reply", reply(id, newId(), "?")).body())
			.isEqualTo("{\"success\":false,\"message\":\"Review not found\"}");
		assertThat(admin().put("/api/v1/add-reply", reply(newId(), reviewId, "?")).body())
			.isEqualTo("{\"success\":false,\"message\":\"Course not found\"}");
	}

	static String review(String text, String rating) {
		return "{\"review\":\"%s\",\"rating\":%s}".formatted(text, rating);
	}

	static String reply(String courseId, String reviewId, String comment) {
		return "{\"comment\":\"%s\",\"courseId\":\"%s\",\"reviewId\":\"%s\"}".formatted(comment, courseId, reviewId);
	}

}
