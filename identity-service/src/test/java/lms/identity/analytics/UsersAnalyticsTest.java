package lms.identity.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.Role;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class UsersAnalyticsTest extends IdentityTest {

	@Test
	void accountsAreCountedInTheOriginalsTwelveWindowsOfTwentyEightDays() {
		Instant now = Instant.now();
		insertCreatedAt(now.minus(Duration.ofDays(40)), 3);
		insertCreatedAt(now.minus(Duration.ofDays(300)), 1);
		insertCreatedAt(now.minus(Duration.ofDays(400)), 2);
		String admin = accessToken(newUser("Analyst", Role.ADMIN));

		Http.Reply reply = this.http.get("/api/v1/get-users-analytics", "access-token", admin);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode months = body(reply).get("users").get("last12Months");
		assertThat(months.size()).isEqualTo(12);
		LocalDate lastEnd = LocalDate.now(ZoneOffset.UTC).plusDays(1);
		DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
		assertThat(months.get(11).get("month").asString()).isEqualTo(label.format(lastEnd));
		assertThat(months.get(0).get("month").asString()).isEqualTo(label.format(lastEnd.minusDays(28 * 11)));
		assertThat(months.get(10).get("count").asLong()).isEqualTo(3);
		assertThat(months.get(1).get("count").asLong()).isEqualTo(1);
		assertThat(months.get(11).get("count").asLong()).isPositive();
		long older = 0;
		for (int i : new int[] { 0, 2, 3, 4, 5, 6, 7, 8, 9 }) {
			older += months.get(i).get("count").asLong();
		}
		assertThat(older).isZero();
	}

	private void insertCreatedAt(Instant createdAt, int count) {
		for (int i = 0; i < count; i++) {
			this.mongo.insert(new Document("email", "old-" + UUID.randomUUID() + "@example.com").append("name", "Old")
				.append("role", "user")
				.append("createdAt", Date.from(createdAt)), "users");
		}
	}

}
