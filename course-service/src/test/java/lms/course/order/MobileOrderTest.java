package lms.course.order;

import lms.course.support.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MobileOrderTest extends OrderingTest {

	@Test
	void mobileOrderSpendsTheNewestSucceededUnusedPaymentThatCoversThePrice() {
		String courseId = createCourse("Mobile buy");
		String student = newId();
		String older = pay(student, "{\"amount\":4900}");
		String newest = pay(student, "{\"amount\":5000}");
		String tooSmall = pay(student, "{\"amount\":100}");
		String notPaid = pay(student, "{\"amount\":9900}");
		STRIPE.succeed(older);
		STRIPE.succeed(newest);
		STRIPE.succeed(tooSmall);

		Api.Reply reply = user(student).post("/api/v1/create-mobile-order", order(courseId));

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(read(reply).get("succcess").asBoolean()).isTrue();
		assertThat(read(reply).get("order").get("payment_info").get("id").asString()).isEqualTo(newest);
		assertThat(payment(newest).getString("usedFor")).isEqualTo(courseId);
		assertThat(payment(older).get("usedFor")).isNull();
		assertThat(payment(tooSmall).get("usedFor")).isNull();
		assertThat(payment(notPaid).get("usedFor")).isNull();
		assertThat(user(student).get("/api/v1/get-course-content/" + courseId).status()).isEqualTo(200);
	}

	@Test
	void mobileOrderWithoutAServerCreatedPaymentIsRefused() {
		String courseId = createCourse("Mobile refused");
		String student = newId();
		STRIPE.createElsewhere(4900, "usd", "succeeded");
		String otherUsers = pay(newId(), "{\"amount\":4900}");
		STRIPE.succeed(otherUsers);

		assertRefused(user(student).post("/api/v1/create-mobile-order", order(courseId)), 400,
				"No completed payment for this course was found");
		assertNotEnrolled(student, courseId);
		assertThat(payment(otherUsers).get("usedFor")).isNull();
	}

	@Test
	void mobileOrderDoesNotSpendAPaymentTwice() {
		String first = createCourse("Mobile first");
		String second = createCourse("Mobile second");
		String student = newId();
		STRIPE.succeed(pay(student, "{\"amount\":4900}"));
		assertThat(user(student).post("/api/v1/create-mobile-order", order(first)).status()).isEqualTo(201);

		assertRefused(user(student).post("/api/v1/create-mobile-order", order(second)), 400,
				"No completed payment for this course was found");
		assertNotEnrolled(student, second);
	}

	@Test
	void mobileOrderOfAFreeCourseNeedsNoPayment() {
		String courseId = createCourse("Mobile free", "0");
		String student = newId();

		assertThat(user(student).post("/api/v1/create-mobile-order", order(courseId)).status()).isEqualTo(201);
		assertRefused(user(student).post("/api/v1/create-mobile-order", order(courseId)), 409,
				"You have already purchased this course");
	}

}
