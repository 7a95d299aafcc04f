package lms.course.analytics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CourseAnalyticsTest extends CourseServiceTest {

	@Test
	void coursesAreCountedPerTwentyEightDayWindowOldestFirst() {
		JsonNode before = months();
		int lastBefore = before.get(11).get("count").asInt();
		int tenthBefore = before.get(9).get("count").asInt();
		createCourse("Counted now");
		Instant twoWindowsAgo = Instant.now().minus(2 * 28, ChronoUnit.DAYS);
		this.mongo.insert(new Document("name", "Old").append("createdAt", Date.from(twoWindowsAgo)), "courses");
		this.mongo.insert(new Document("name", "Ancient").append("createdAt",
				Date.from(Instant.now().minus(400, ChronoUnit.DAYS))), "courses");

		JsonNode months = months();

		assertThat(months).hasSize(12);
		assertThat(months.get(11).get("count").asInt()).isEqualTo(lastBefore + 1);
		assertThat(months.get(9).get("count").asInt()).isEqualTo(tenthBefore + 1);
		String expectedLabel = java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US)
			.format(java.time.LocalDate.now(ZoneOffset.UTC).plusDays(1));
		assertThat(months.get(11).get("month").asString()).isEqualTo(expectedLabel);
		int total = months.valueStream().mapToInt((m) -> m.get("count").asInt()).sum();
		int totalBefore = before.valueStream().mapToInt((m) -> m.get("count").asInt()).sum();
		assertThat(total).isEqualTo(totalBefore + 2);
	}

	@Test
	void onlyAdminsSeeAnalytics() {
		assertThat(user(newId()).get("/api/v1/get-courses-analytics").status()).isEqualTo(403);
	}

	private JsonNode months() {
		Api.Reply reply = admin().get("/api/v1/get-courses-analytics");
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return read(reply).get("courses").get("last12Months");
	}

}
