package lms.course.order;

import lms.course.support.Api;
import lms.events.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OrderTest extends OrderingTest {

	@Test
	void freeCourseEnrollsWithoutPaymentAndPublishesEnrollmentCreated() {
		String courseId = createCourse("Free course", "0");
		String student = newId();
		registerUser(student, "Fay Free", "fay@example.test");

		Api.Reply reply = user(student).post("/api/v1/create-order", order(courseId));

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		JsonNode body = read(reply);
		assertThat(body.get("success").asBoolean()).isTrue();
		assertThat(body.get("succcess").asBoolean()).isTrue();
		JsonNode order = body.get("order");
		assertThat(order.get("courseId").asString()).isEqualTo(courseId);
		assertThat(order.get("userId").asString()).isEqualTo(student);
		assertThat(order.get("payment_info").isEmpty()).isTrue();
		assertThat(order.get("createdAt").isMissingNode()).isFalse();
		assertThat(user(student).get("/api/v1/get-course-content/" + courseId).status()).isEqualTo(200);
		assertThat(purchased(courseId)).isEqualTo(1);

		JsonNode event = this.json
			.readTree(awaitEvent(Topics.COURSE_ENROLLMENT, student, "lms.course.EnrollmentCreated.v1").value());
		assertThat(event.get("enrollmentId").asString()).isEqualTo(order.get("_id").asString());
		assertThat(event.get("courseId").asString()).isEqualTo(courseId);
		assertThat(event.get("courseName").asString()).isEqualTo("Free course");
		assertThat(event.get("userEmail").asString()).isEqualTo("fay@example.test");
		assertThat(event.get("userName").asString()).isEqualTo("Fay Free");
		assertThat(event.get("price").decimalValue()).isZero();
	}

	@Test
	void paidCourseEnrollsWithThisUsersSucceededPaymentIntent() {
		String courseId = createCourse("Paid course");
		String student = newId();
		registerUser(student, "Pat Payer", "pat@example.test");
		String intentId = pay(student, "{\"courseId\":\"" + courseId + "\"}");
		STRIPE.succeed(intentId);
		assertThat(purchased(courseId)).as("read into the catalog cache before the order").isZero();

		Api.Reply reply = user(student).post("/api/v1/create-order", order(courseId, intentId));

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(read(reply).get("order").get("payment_info").get("id").asString()).isEqualTo(intentId);
		assertThat(user(student).get("/api/v1/get-course-content/" + courseId).status()).isEqualTo(200);
		assertThat(purchased(courseId)).isEqualTo(1);
		JsonNode event = this.json
			.readTree(awaitEvent(Topics.COURSE_ENROLLMENT, student, "lms.course.EnrollmentCreated.v1").value());
		assertThat(event.get("paymentRef").asString()).isEqualTo(intentId);
		assertThat(event.get("price").decimalValue()).isEqualByComparingTo("49");
		assertThat(payment(intentId).getString("usedFor")).isEqualTo(courseId);
	}

	@Test
	void paidCourseWithoutPaymentIsRefused() {
		String courseId = createCourse("No pay no course");
		String student = newId();

		assertRefused(user(student).post("/api/v1/create-order", order(courseId)), 400,
				"This course requires a payment");
		assertRefused(
				user(student).post("/api/v1/create-order", "{\"courseId\":\"" + courseId + "\",\"payment_info\":{}}"),
				400, "This course requires a payment");
		assertNotEnrolled(student, courseId);
	}

	@Test
	void paymentIntentNotSucceededIsRefused() {
		String courseId = createCourse("Unpaid");
		String student = newId();
		String intentId = pay(student, "{\"courseId\":\"" + courseId + "\"}");

		assertRefused(user(student).post("/api/v1/create-order", order(courseId, intentId)), 400,
				"Payment not authorized!");
		assertNotEnrolled(student, courseId);
		assertThat(payment(intentId).get("usedFor")).isNull();
	}

	@Test
	void paymentBelowThePriceIsRefused() {
		String courseId = createCourse("Costly");
		String student = newId();
		String intentId = pay(student, "{\"amount\":4899}");
		STRIPE.succeed(intentId);

		assertRefused(user(student).post("/api/v1/create-order", order(courseId, intentId)), 400,
				"The payment does not cover the course price");
		assertNotEnrolled(student, courseId);
	}

	@Test
	void paymentInAnotherCurrencyIsRefused() {
		String courseId = createCourse("Dollars only");
		String student = newId();
		String intentId = pay(student, "{\"courseId\":\"" + courseId + "\"}");
		STRIPE.change(intentId, "succeeded", 4900, "eur");

		assertRefused(user(student).post("/api/v1/create-order", order(courseId, intentId)), 400,
				"The payment is not in the currency of the course price");
		assertNotEnrolled(student, courseId);
	}

	@Test
	void anotherUsersOrAForeignPaymentIntentIsRefused() {
		String courseId = createCourse("Mine not yours");
		String payer = newId();
		String intruder = newId();
		String intentId = pay(payer, "{\"courseId\":\"" + courseId + "\"}");
		STRIPE.succeed(intentId);
		String foreign = STRIPE.createElsewhere(4900, "usd", "succeeded");

		assertRefused(user(intruder).post("/api/v1/create-order", order(courseId, intentId)), 400,
				"Payment not authorized!");
		assertRefused(user(intruder).post("/api/v1/create-order", order(courseId, foreign)), 400,
				"Payment not authorized!");
		assertNotEnrolled(intruder, courseId);
		assertThat(payment(intentId).get("usedFor")).isNull();
	}

	@Test
	void aPaymentIntentIsSpentOnlyOnce() {
		String first = createCourse("First buy");
		String second = createCourse("Second buy");
		String student = newId();
		String intentId = pay(student, "{\"courseId\":\"" + first + "\"}");
		STRIPE.succeed(intentId);
		assertThat(user(student).post("/api/v1/create-order", order(first, intentId)).status()).isEqualTo(201);

		assertRefused(user(student).post("/api/v1/create-order", order(second, intentId)), 409,
				"This payment has already been used");
		assertNotEnrolled(student, second);
	}

	@Test
	void enrollingTwiceIsAConflictAndKeepsTheSecondPaymentUnspent() {
		String courseId = createCourse("Once is enough");
		String student = newId();
		String firstPayment = pay(student, "{\"courseId\":\"" + courseId + "\"}");
		STRIPE.succeed(firstPayment);
		assertThat(user(student).post("/api/v1/create-order", order(courseId, firstPayment)).status()).isEqualTo(201);
		String secondPayment = pay(student, "{\"amount\":4900}");
		STRIPE.succeed(secondPayment);

		assertRefused(user(student).post("/api/v1/create-order", order(courseId, secondPayment)), 409,
				"You have already purchased this course");
		assertThat(payment(secondPayment).get("usedFor")).isNull();
		assertThat(purchased(courseId)).isEqualTo(1);
	}

	@Test
	void unknownCourseIsNotFound() {
		assertRefused(user(newId()).post("/api/v1/create-order", order(newId())), 404, "Course not found");
		assertRefused(user(newId()).post("/api/v1/create-order", order("not-an-id")), 404, "Course not found");
		assertThat(user(newId()).post("/api/v1/create-order", "{}").status()).isEqualTo(422);
		assertThat(anonymous().post("/api/v1/create-order", order(newId())).status()).isEqualTo(401);
	}

	@Test
	void stripeDownAnswers502AndSpendsNothing() {
		String courseId = createCourse("Stripe away");
		String student = newId();
		String intentId = pay(student, "{\"courseId\":\"" + courseId + "\"}");
		STRIPE.succeed(intentId);
		STRIPE.failWith(503);
		try {
			assertRefused(user(student).post("/api/v1/create-order", order(courseId, intentId)), 502,
					"Payment service unavailable, try again shortly");
		}
		finally {
			STRIPE.recover();
		}
		assertNotEnrolled(student, courseId);
		assertThat(payment(intentId).get("usedFor")).isNull();
	}

}
