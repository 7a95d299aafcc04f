package lms.course.order;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.bson.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the order tests: bodies, refusals, the purchased count, payment records.
 */
abstract class OrderingTest extends CourseServiceTest {

	protected void assertRefused(Api.Reply reply, int status, String message) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(read(reply).get("success").asBoolean()).isFalse();
		assertThat(read(reply).get("message").asString()).isEqualTo(message);
	}

	protected void assertNotEnrolled(String userId, String courseId) {
		assertThat(user(userId).get("/api/v1/get-course-content/" + courseId).status()).isEqualTo(404);
		assertThat(purchased(courseId)).isZero();
	}

	protected int purchased(String courseId) {
		return read(anonymous().get("/api/v1/get-course/" + courseId)).get("course").get("purchased").asInt();
	}

	protected Document payment(String intentId) {
		return this.mongo.findById(intentId, Document.class, "payments");
	}

	static String order(String courseId) {
		return "{\"courseId\":\"" + courseId + "\"}";
	}

	static String order(String courseId, String intentId) {
		return "{\"courseId\":\"" + courseId + "\",\"payment_info\":{\"id\":\"" + intentId
				+ "\",\"status\":\"succeeded\",\"amount\":4900}}";
	}

}
