package lms.course.order;

import java.time.Duration;

import lms.course.support.Api;
import lms.events.Topics;
import lms.testkit.KafkaProbe;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders by users whose {@code UserRegistered} has not reached course-service yet: the
 * confirmation mail's address comes from identity-service, never null.
 */
class OrderByUnknownUserTest extends OrderingTest {

	@AfterEach
	void identityBack() {
		IDENTITY.recover();
	}

	@Test
	void anOrderByAUserTheProjectionDoesNotKnowCarriesTheEmailFromIdentityAndRemembersTheUser() {
		String courseId = createCourse("Fresh account", "0");
		String student = newId();
		IDENTITY.addUser(student, "Nia New", "nia@example.test", "https://img.test/nia.png");

		Api.Reply reply = user(student).post("/api/v1/create-order", order(courseId));

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		JsonNode event = this.json
			.readTree(awaitEvent(Topics.COURSE_ENROLLMENT, student, "lms.course.EnrollmentCreated.v1").value());
		assertThat(event.get("userEmail").asString()).isEqualTo("nia@example.test");
		assertThat(event.get("userName").asString()).isEqualTo("Nia New");
		assertProjectedUser(student, "nia@example.test", "Nia New", "https://img.test/nia.png");
	}

	@Test
	void whileIdentityIsDownAnOrderIs503WithNothingStoredAndTheSamePaymentWorksOnRetry() {
		String courseId = createCourse("Identity outage");
		String student = newId();
		IDENTITY.addUser(student, "Olu Outage", "olu@example.test", null);
		String intentId = pay(student, "{\"courseId\":\"" + courseId + "\"}");
		STRIPE.succeed(intentId);
		IDENTITY.failWith(503);

		assertRefused(user(student).post("/api/v1/create-order", order(courseId, intentId)), 503,
				"User service unavailable, try again shortly");

		assertNotEnrolled(student, courseId);
		assertThat(this.mongo.getCollection("enrollments").countDocuments(new Document("userId", student))).isZero();
		assertThat(payment(intentId).get("usedFor")).isNull();
		assertThat(projectedUser(student)).isNull();
		assertThat(enrollmentEventsOf(student)).isZero();

		IDENTITY.recover();
		Api.Reply retried = user(student).post("/api/v1/create-order", order(courseId, intentId));

		assertThat(retried.status()).as(retried.body()).isEqualTo(201);
		JsonNode event = this.json
			.readTree(awaitEvent(Topics.COURSE_ENROLLMENT, student, "lms.course.EnrollmentCreated.v1").value());
		assertThat(event.get("userEmail").asString()).isEqualTo("olu@example.test");
		assertThat(event.get("paymentRef").asString()).isEqualTo(intentId);
		assertThat(purchased(courseId)).isEqualTo(1);
	}

	@Test
	void anOrderByAUserIdentityNoLongerHasIsNotFoundAndStoresNothing() {
		String courseId = createCourse("Deleted buyer", "0");
		String student = newId();
		IDENTITY.deleteUser(student);

		assertRefused(user(student).post("/api/v1/create-order", order(courseId)), 404, "User not found");

		assertNotEnrolled(student, courseId);
		assertThat(projectedUser(student)).isNull();
	}

	@Test
	void identityIsAskedWithCourseServicesOwnServiceToken() throws Exception {
		String courseId = createCourse("Token buyer", "0");
		String student = newId();

		assertThat(user(student).post("/api/v1/create-order", order(courseId)).status()).isEqualTo(201);

		String token = IDENTITY.userReadTokens().get(IDENTITY.userReadTokens().size() - 1);
		var claims = com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("course");
		assertThat(claims.getAudience()).containsExactly("lms-internal");
		assertThat(claims.getStringClaim("scope")).contains("users:read");
	}

	@Test
	void aKnownUserIsNotAskedForAgain() {
		String courseId = createCourse("Known buyer", "0");
		String student = newId();
		registerUser(student, "Kim Known", "kim@example.test");

		assertThat(user(student).post("/api/v1/create-order", order(courseId)).status()).isEqualTo(201);

		assertThat(IDENTITY.requestedUsers()).doesNotContain(student);
	}

	private long enrollmentEventsOf(String userId) {
		return new KafkaProbe(this.brokers).recordsWithin(Topics.COURSE_ENROLLMENT, Duration.ofSeconds(1))
			.stream()
			.filter((r) -> userId.equals(r.key()))
			.count();
	}

}
