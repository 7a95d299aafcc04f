package lms.course.order;

import java.time.Duration;
import java.util.List;

import lms.events.Topics;
import lms.testkit.EmbeddedKafka;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OrderDuringKafkaOutageTest extends OrderingTest {

	@Test
	void anOrderPlacedWhileKafkaIsDownKeepsItsEventUntilTheBrokerReturns() {
		String courseId = createCourse("Outage course", "0");
		String student = newId();
		EmbeddedKafka broker = EmbeddedKafka.shared();
		broker.stop();
		try {
			assertThat(user(student).post("/api/v1/create-order", order(courseId)).status()).isEqualTo(201);
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(10))
				.until(() -> pendingEvents(student).size() == 1);
		}
		finally {
			broker.start();
		}
		assertThat(awaitEvent(Topics.COURSE_ENROLLMENT, student, "lms.course.EnrollmentCreated.v1").value())
			.contains(courseId);
		await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents(student).isEmpty());
	}

	private List<?> pendingEvents(String student) {
		Document enrollment = this.mongo.getCollection("enrollments").find(new Document("userId", student)).first();
		return (enrollment != null) ? enrollment.getList("outbox", Object.class, List.of()) : List.of();
	}

}
