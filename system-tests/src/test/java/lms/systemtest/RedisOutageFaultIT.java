package lms.systemtest;

import java.time.Duration;

import lms.localstack.LmsService;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectError;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis stopped: the catalog keeps answering from MongoDB (a course created meanwhile
 * included), login answers 503 in the contract's shape at the gateway and at
 * identity-service itself, and once Redis is back login works and the catalog is current.
 */
@Tag("fault")
class RedisOutageFaultIT extends Fault {

	private static final String UNAVAILABLE = "Service temporarily unavailable, try again shortly";

	@Test
	void theCatalogAnswersFromMongoAndLoginIsRefusedWith503UntilRedisReturns() {
		TokenClient admin = accounts.admin();
		Member member = accounts.newMember("Redis Less");
		TokenClient visitor = accounts.app();
		String before = CourseDraft.of("Before Redis outage " + Accounts.newEmail("course"), 0).createId(admin);
		expect(200, visitor.get("/api/v1/get-courses"));

		stack.stopRedis();
		String during;
		try {
			during = CourseDraft.of("During Redis outage " + Accounts.newEmail("course"), 0).createId(admin);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> expect(200, visitor.get("/api/v1/get-courses")).toString(),
						(catalog) -> catalog.contains(before) && catalog.contains(during));
			expect(200, visitor.get("/api/v1/get-course/" + during));
			assertThat(expectError(503, login(visitor, member))).isEqualTo(UNAVAILABLE);
			TokenClient direct = TokenClient.direct(stack.serviceUrl(LmsService.IDENTITY));
			assertThat(expectError(503, login(direct, member))).isEqualTo(UNAVAILABLE);
		}
		finally {
			stack.startRedis();
		}

		await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> login(visitor, member).status() == 200);
		TokenClient again = accounts.logIn(member.email(), member.password());
		assertThat(expect(200, again.get("/api/v1/me")).get("user").get("email").asString()).isEqualTo(member.email());
		assertThat(expect(200, visitor.get("/api/v1/get-courses")).toString()).contains(before, during);
	}

	private static TestHttp.Response login(Client client, Member member) {
		return client.post("/api/v1/login",
				"{\"email\":%s,\"password\":%s}".formatted(quote(member.email()), quote(member.password())));
	}

}
