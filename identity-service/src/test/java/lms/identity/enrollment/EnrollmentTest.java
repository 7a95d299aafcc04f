package lms.identity.enrollment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.events.course.EnrollmentCreated;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import lms.kit.cache.EventPosition;
import lms.testkit.KafkaProbe;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EnrollmentTest extends IdentityTest {

	@Test
	void anEnrollmentAddsTheCourseOnceHoweverOftenItArrives() {
		User user = newUser("Learner");
		String course = new ObjectId().toHexString();
		String other = new ObjectId().toHexString();
		String eventId = UUID.randomUUID().toString();

		send(eventId, user, course);
		send(eventId, user, course);
		send(UUID.randomUUID().toString(), user, course);
		send(UUID.randomUUID().toString(), user, other);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.users.findById(user.id()).orElseThrow().courses().size() == 2);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.users.findById(user.id()).orElseThrow().courses().size() == 2);
		JsonNode me = body(this.http.get("/api/v1/me", "access-token", accessToken(user)));
		assertThat(me.get("user").get("courses").findValuesAsString("_id")).containsExactlyInAnyOrder(course, other);
		assertThat(me.get("user").get("courses").get(0).propertyNames()).containsExactly("_id");
	}

	@Test
	void eachAddedCourseIsOneUserEnrolledEventHoweverManyInstancesApplyIt() {
		User user = newUser("Learner");
		String course = new ObjectId().toHexString();

		send(UUID.randomUUID().toString(), user, course);
		send(UUID.randomUUID().toString(), user, course);

		var enrolled = awaitEvents(Topics.IDENTITY_USER, ofType("UserEnrolled", user.id()), 1);
		assertThat(enrolled.getFirst().value()).contains(course);
		assertThat(new KafkaProbe(this.brokers).recordsWithin(Topics.IDENTITY_USER, Duration.ofSeconds(3))
			.stream()
			.filter(ofType("UserEnrolled", user.id()))).hasSize(1);
	}

	@Test
	void meTellsHowFarIntoTheUserEventsItsViewIs() {
		User user = newUser("Reader");

		var reply = this.http.get("/api/v1/me", "access-token", accessToken(user));

		assertThat(reply.header(EventPosition.USER_HEADER)).as("partitions assigned at the start")
			.matches("(lms\\.identity\\.user:\\d+:\\d+,?)+");
	}

	private void send(String eventId, User user, String courseId) {
		var event = new EnrollmentCreated(UUID.randomUUID().toString(), user.id(), user.email(), user.name(), courseId,
				"Course", BigDecimal.ZERO, null);
		new KafkaProbe(this.brokers).send(Topics.COURSE_ENROLLMENT, user.id(), this.json.writeValueAsString(event),
				Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, "lms.course.EnrollmentCreated.v1",
						CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.SOURCE, "/course-service",
						CloudEventHeaders.TIME, Instant.now().toString(), CloudEventHeaders.SUBJECT, user.id(),
						CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
	}

}
