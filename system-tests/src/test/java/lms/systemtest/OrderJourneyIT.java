package lms.systemtest;

import lms.localstack.ReceivedMail;
import lms.testkit.StripeStub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buying a course end to end through the gateway: pay → order → the course appears in the
 * user's {@code me.courses} → its content opens → the confirmation mail arrives; and a
 * PaymentIntent that did not succeed buys nothing.
 */
@ResourceLock(Lanes.JOURNEYS)
class OrderJourneyIT {

	static Accounts accounts;

	@BeforeAll
	static void startSystem() {
		accounts = RunningSystem.accounts();
	}

	@Test
	void aPaidCourseIsBoughtWithASucceededPaymentAndOpensForTheBuyer() {
		Member member = accounts.newMember("Buyer");
		TokenClient buyer = member.app();
		String courseName = "Paid journey " + java.util.UUID.randomUUID();
		String courseId = CourseDraft.of(courseName, 49).withLesson("Deep", "paid-lesson").createId(accounts.admin());

		String clientSecret = expect(201, buyer.post("/api/v1/payment", "{\"courseId\":\"" + courseId + "\"}"))
			.get("client_secret")
			.asString();
		StripeStub stripe = RunningSystem.stripe();
		String paymentIntent = stripe.idOf(clientSecret);
		expectStatus(400, buyer.post("/api/v1/create-order", order(courseId, paymentIntent)));
		stripe.succeed(paymentIntent);

		JsonNode order = expect(201, buyer.post("/api/v1/create-order", order(courseId, paymentIntent)));
		assertThat(order.get("order").get("courseId").asString()).isEqualTo(courseId);
		expectStatus(409, buyer.post("/api/v1/create-order", order(courseId, paymentIntent)));

		Catalog.awaitEnrolled(buyer, courseId);
		JsonNode content = expect(200, buyer.get("/api/v1/get-course-content/" + courseId));
		assertThat(content.get("content").get(0).get("videoUrl").asString()).isEqualTo("paid-lesson");
		ReceivedMail confirmation = accounts.mails().await(member.email(), Mails.ORDER_CONFIRMATION);
		assertThat(confirmation.html()).contains(courseName).contains("$49").contains(courseId.substring(0, 6));
	}

	private static String order(String courseId, String paymentIntent) {
		return "{\"courseId\":\"" + courseId + "\",\"payment_info\":{\"id\":\"" + paymentIntent + "\"}}";
	}

}
