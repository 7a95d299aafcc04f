package lms.course.payment;

import java.util.Map;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTest extends CourseServiceTest {

	@Test
	void paymentForACourseChargesItsPriceAndIsRecordedWithItsUser() {
		String courseId = createCourse("Priced");
		String buyer = newId();

		Api.Reply reply = user(buyer).post("/api/v1/payment", "{\"amount\":1,\"courseId\":\"" + courseId + "\"}");

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		JsonNode body = read(reply);
		assertThat(body.get("success").asBoolean()).isTrue();
		String intentId = STRIPE.idOf(body.get("client_secret").asString());
		assertThat(STRIPE.intent(intentId).amount()).isEqualTo(4900);
		assertThat(STRIPE.intent(intentId).currency()).isEqualTo("usd");
		Map<String, String> sent = STRIPE.creations().get(STRIPE.creations().size() - 1);
		assertThat(sent).containsEntry("metadata[userId]", buyer)
			.containsEntry("metadata[courseId]", courseId)
			.containsEntry("automatic_payment_methods[enabled]", "true");
		Document stored = this.mongo.findById(intentId, Document.class, "payments");
		assertThat(stored.getString("userId")).isEqualTo(buyer);
		assertThat(stored.getLong("amount")).isEqualTo(4900L);
	}

	@Test
	void paymentWithoutCourseChargesTheClientsAmountInMinorUnits() {
		String intentId = pay(newId(), "{\"amount\":1299}");

		assertThat(STRIPE.intent(intentId).amount()).isEqualTo(1299);
		assertThat(STRIPE.intent(intentId).status()).isEqualTo("requires_payment_method");
	}

	@Test
	void paymentRefusesBadInputWithoutCallingStripe() {
		int before = STRIPE.creations().size();
		Api buyer = user(newId());

		assertThat(buyer.post("/api/v1/payment", "{}").status()).isEqualTo(422);
		assertThat(buyer.post("/api/v1/payment", "{\"amount\":-5}").status()).isEqualTo(422);
		Api.Reply unknown = buyer.post("/api/v1/payment", "{\"courseId\":\"" + newId() + "\"}");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).isEqualTo("{\"success\":false,\"message\":\"Course not found\"}");
		String free = createCourse("Free to pay", "0");
		assertThat(buyer.post("/api/v1/payment", "{\"courseId\":\"" + free + "\"}").status()).isEqualTo(400);
		assertThat(anonymous().post("/api/v1/payment", "{\"amount\":100}").status()).isEqualTo(401);
		assertThat(STRIPE.creations()).hasSize(before);
	}

	@Test
	void paymentForAnOwnedCourseIsAConflict() {
		String courseId = createCourse("Owned already");
		String owner = newStudentOf(courseId);

		Api.Reply reply = user(owner).post("/api/v1/payment", "{\"courseId\":\"" + courseId + "\"}");

		assertThat(reply.status()).isEqualTo(409);
		assertThat(read(reply).get("message").asString()).isEqualTo("You have already purchased this course");
	}

	@Test
	void stripeDownAnswers502AndRecordsNothing() {
		long before = this.mongo.getCollection("payments").countDocuments();
		STRIPE.failWith(500);
		try {
			Api.Reply reply = user(newId()).post("/api/v1/payment", "{\"amount\":500}");

			assertThat(reply.status()).isEqualTo(502);
			assertThat(reply.body())
				.isEqualTo("{\"success\":false,\"message\":\"Payment service unavailable, try again shortly\"}");
		}
		finally {
			STRIPE.recover();
		}
		assertThat(this.mongo.getCollection("payments").countDocuments()).isEqualTo(before);
	}

	@Test
	void publishableKeyIsPublicUnderBothSpellingsAndBothKeys() {
		for (String path : new String[] { "/api/v1/payment/stripepublishablekey",
				"/api/v1/payment/stripepublisahblekey" }) {
			Api.Reply reply = anonymous().get(path);

			assertThat(reply.status()).isEqualTo(200);
			assertThat(read(reply).get("publishablekey").asString()).isEqualTo(PUBLISHABLE_KEY);
			assertThat(read(reply).get("publishableKey").asString()).isEqualTo(PUBLISHABLE_KEY);
		}
		assertThat(anonymous().as("not-a-token").get("/api/v1/payment/stripepublishablekey").status()).isEqualTo(200);
	}

}
