package lms.course.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OrderAnalyticsTest extends CourseServiceTest {

	@Test
	void ordersAreCountedPerTwentyEightDayWindowOldestFirst() {
		JsonNode before = months();
		String courseId = createCourse("Counted orders", "0");
		assertThat(user(newId()).post("/api/v1/create-order", "{\"courseId\":\"" + courseId + "\"}").status())
			.isEqualTo(201);
		this.mongo.insert(new Document("userId", newId()).append("courseId", courseId)
			.append("createdAt", Date.from(Instant.now().minus(3 * 28, ChronoUnit.DAYS))), "enrollments");
		this.mongo.insert(new Document("userId", newId()).append("courseId", courseId)
			.append("createdAt", Date.from(Instant.now().minus(400, ChronoUnit.DAYS))), "enrollments");

		JsonNode months = months();

		assertThat(months).hasSize(12);
		assertThat(count(months, 11)).isEqualTo(count(before, 11) + 1);
		assertThat(count(months, 8)).isEqualTo(count(before, 8) + 1);
		assertThat(months.get(11).get("month").asString()).isEqualTo(before.get(11).get("month").asString());
	}

	@Test
	void onlyAdminsSeeOrderAnalytics() {
		assertThat(user(newId()).get("/api/v1/get-orders-analytics").status()).isEqualTo(403);
	}

	private static int count(JsonNode months, int index) {
		return months.get(index).get("count").asInt();
	}

	private JsonNode months() {
		Api.Reply reply = admin().get("/api/v1/get-orders-analytics");
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(read(reply).get("success").asBoolean()).isTrue();
		return read(reply).get("orders").get("last12Months");
	}

}
