package lms.course.order;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import lms.course.support.Api;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderRaceTest extends OrderingTest {

	private static final int RACERS = 6;

	@Test
	void concurrentOrdersCannotSpendOnePaymentTwice() throws Exception {
		String student = newId();
		String intentId = pay(student, "{\"amount\":4900}");
		STRIPE.succeed(intentId);
		List<String> courses = IntStream.range(0, RACERS).mapToObj((i) -> createCourse("Race " + i)).toList();

		List<Api.Reply> replies = race(
				courses.stream().map((c) -> (Callable<Api.Reply>) () -> orderAs(student, c, intentId)).toList());

		assertThat(replies.stream().filter((r) -> r.status() == 201)).hasSize(1);
		assertThat(replies.stream().filter((r) -> r.status() == 409)).hasSize(RACERS - 1);
		assertThat(this.mongo.getCollection("enrollments").countDocuments(new Document("userId", student)))
			.isEqualTo(1);
		assertThat(courses.stream().mapToInt(this::purchased).sum()).isEqualTo(1);
	}

	@Test
	void concurrentOrdersOfOneCourseEnrollOnceAndGiveTheOtherPaymentsBack() throws Exception {
		String courseId = createCourse("Race for one");
		String student = newId();
		List<String> payments = IntStream.range(0, RACERS).mapToObj((i) -> {
			String id = pay(student, "{\"amount\":4900}");
			STRIPE.succeed(id);
			return id;
		}).toList();

		List<Api.Reply> replies = race(
				payments.stream().map((p) -> (Callable<Api.Reply>) () -> orderAs(student, courseId, p)).toList());

		assertThat(replies.stream().filter((r) -> r.status() == 201)).hasSize(1);
		assertThat(replies.stream().filter((r) -> r.status() == 409)).hasSize(RACERS - 1);
		assertThat(purchased(courseId)).isEqualTo(1);
		assertThat(payments.stream().filter((p) -> payment(p).get("usedFor") != null)).hasSize(1);
	}

	private Api.Reply orderAs(String student, String courseId, String intentId) {
		return user(student).post("/api/v1/create-order", order(courseId, intentId));
	}

	private static List<Api.Reply> race(List<Callable<Api.Reply>> calls) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
			List<Future<Api.Reply>> futures = pool.invokeAll(calls);
			List<Api.Reply> replies = new ArrayList<>();
			for (Future<Api.Reply> future : futures) {
				replies.add(future.get());
			}
			return replies;
		}
	}

}
