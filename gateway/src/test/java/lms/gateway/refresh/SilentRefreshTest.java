package lms.gateway.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import lms.gateway.support.GatewayTest;
import lms.events.identity.SessionRevoked;
import lms.gateway.support.IdentityEvents;
import lms.gateway.support.StubIdentity;
import lms.testkit.TokenIssuer;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestPropertySource(
		properties = { "lms.gateway.refresh.cookie-secure=true", "lms.gateway.refresh.cookie-same-site=None",
				// one account's load below: its budget is not what these tests measure
				"lms.gateway.rate-limits.per-account.capacity=1000000" })
class SilentRefreshTest extends GatewayTest {

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@Test
	void aCookieClientWithAnExpiredTokenIsLetThroughWithFreshCookies() {
		String expired = identity.issuer().expiredToken("user-1", "session-c");
		String renewed = renewedToken("user-1", "session-c");
		identity.answerRefreshWith((call) -> StubIdentity.refreshed(renewed, "refresh-c2", expiresIn5Minutes()));

		TestHttp.Response response = this.http.get("/api/v1/me", "Cookie",
				"access_token=" + expired + "; refresh_token=refresh-c1");

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(response.body())).containsEntry("authorization", "Bearer " + renewed);
		assertThat(identity.refreshCalls()).contains(Map.of("refreshToken", "refresh-c1", "rotate", true));
		// The stub answers a refresh only with a service token its token endpoint issued.
		assertThat(identity.serviceTokensIssued()).isPositive();
		List<String> cookies = response.raw().headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("access_token=" + renewed + ";")
			.containsIgnoringCase("HttpOnly")
			.contains("Secure", "SameSite=None", "Path=/"));
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("refresh_token=refresh-c2;")
			.containsIgnoringCase("HttpOnly")
			.contains("Secure", "SameSite=None"));
	}

	@Test
	void anUndefinedRefreshHeaderBesideTheCookieCountsAsACookieClient() {
		String expired = identity.issuer().expiredToken("user-7", "session-u");
		String renewed = renewedToken("user-7", "session-u");
		identity.answerRefreshWith((call) -> StubIdentity.refreshed(renewed, "refresh-u2", expiresIn5Minutes()));

		TestHttp.Response response = this.http.get("/api/v1/me", "refresh-token", "undefined", "Cookie",
				"access_token=" + expired + "; refresh_token=refresh-u1");

		assertThat(response.status()).isEqualTo(200);
		assertThat(identity.refreshCalls()).contains(Map.of("refreshToken", "refresh-u1", "rotate", true));
		assertThat(response.raw().headers().allValues("Set-Cookie")).hasSize(2);
	}

	@Test
	void aHeaderClientIsLetThroughWithoutRotationOrCookies() {
		String expired = identity.issuer().expiredToken("user-2", "session-h");
		String renewed = renewedToken("user-2", "session-h");
		identity.answerRefreshWith((call) -> StubIdentity.refreshed(renewed, "refresh-h1", expiresIn5Minutes()));

		TestHttp.Response response = this.http.get("/api/v1/get-my-courses", "access-token", expired, "refresh-token",
				"refresh-h1");

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(response.body())).containsEntry("authorization", "Bearer " + renewed);
		assertThat(identity.refreshCalls()).contains(Map.of("refreshToken", "refresh-h1", "rotate", false));
		assertThat(response.raw().headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aHeaderClientRepeatingItsExpiredTokenIsRenewedOnceWhileTheNewTokenLives() {
		String expired = identity.issuer().expiredToken("user-r3", "session-r");
		String renewed = renewedToken("user-r3", "session-r");
		identity.answerRefreshWith((call) -> StubIdentity.refreshed(renewed, "refresh-r1", expiresIn5Minutes()));

		for (int i = 0; i < 3; i++) {
			TestHttp.Response response = this.http.get("/api/v1/me", "access-token", expired, "refresh-token",
					"refresh-r1");
			assertThat(response.status()).isEqualTo(200);
		}

		assertThat(identity.refreshCalls()).filteredOn((call) -> call.get("refreshToken").equals("refresh-r1"))
			.hasSize(1);
	}

	@Test
	void aRefreshTokenIdentityRefusesIsUnauthorized() {
		String expired = identity.issuer().expiredToken("user-4", "session-x");
		identity.answerRefreshWith((call) -> new StubIdentity.Reply(401, "{\"success\":false,\"message\":\"no\"}"));

		TestHttp.Response response = this.http.get("/api/v1/me", "access-token", expired, "refresh-token",
				"refresh-revoked");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body())
			.isEqualTo("{\"success\":false,\"message\":\"Please login to access this resource\"}");
	}

	@Test
	void identityFailingDuringARefreshIsUnavailableNotUnauthorized() {
		String expired = identity.issuer().expiredToken("user-5", "session-f");
		identity.answerRefreshWith((call) -> new StubIdentity.Reply(500, "{}"));

		TestHttp.Response response = this.http.get("/api/v1/me", "access-token", expired, "refresh-token",
				"refresh-f1");

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.body()).startsWith("{\"success\":false,\"message\":\"Authentication is temporarily");
	}

	@Test
	void anExpiredTokenWithAForgedSignatureIsNeverRefreshed() {
		String forgedExpired = new TokenIssuer().expiredToken("user-6", "session-z");

		TestHttp.Response response = this.http.get("/api/v1/me", "access-token", forgedExpired, "refresh-token",
				"refresh-z1");

		assertThat(response.status()).isEqualTo(401);
		assertThat(identity.refreshCalls()).noneMatch((call) -> call.get("refreshToken").equals("refresh-z1"));
	}

	@Test
	void aSharedRenewalWhoseSessionWasSinceRevokedIsRefused() {
		// The expired token names another session: only the renewed token's check can
		// refuse.
		String expired = identity.issuer().expiredToken("user-8", "session-v0");
		String renewed = renewedToken("user-8", "session-v");
		identity.answerRefreshWith((call) -> StubIdentity.refreshed(renewed, "refresh-v1", expiresIn5Minutes()));
		assertThat(this.http.get("/api/v1/me", "access-token", expired, "refresh-token", "refresh-v1").status())
			.isEqualTo(200);

		new IdentityEvents(this.brokers)
			.publish(new SessionRevoked("session-v", "user-8", "logout", expiresIn5Minutes()));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/me", "access-token", expired, "refresh-token", "refresh-v1")
				.status() == 401);
	}

	@Test
	void aRenewedTokenIdentityCouldNotHaveSignedIsRefused() {
		String expired = identity.issuer().expiredToken("user-9", "session-w");
		String forged = new TokenIssuer().token("user-9", "session-w", "admin", Duration.ofMinutes(5));
		identity.answerRefreshWith((call) -> StubIdentity.refreshed(forged, "refresh-w2", expiresIn5Minutes()));

		TestHttp.Response response = this.http.get("/api/v1/me", "access-token", expired, "refresh-token",
				"refresh-w1");

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void aRotatedAnswerIsSharedOnlyWithinTheGraceIdentityAllowsThenAReplayReachesIdentity() throws Exception {
		String expired = identity.issuer().expiredToken("user-10", "session-g");
		String renewed = renewedToken("user-10", "session-g");
		AtomicInteger calls = new AtomicInteger();
		identity.answerRefreshWith((call) -> (calls.incrementAndGet() == 1)
				? StubIdentity.refreshed(renewed, "refresh-g2", expiresIn5Minutes(), Instant.now().plusMillis(1500))
				: new StubIdentity.Reply(401, "{\"success\":false,\"message\":\"reuse\"}"));
		String cookies = "access_token=" + expired + "; refresh_token=refresh-g1";

		assertThat(this.http.get("/api/v1/me", "Cookie", cookies).status()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/me", "Cookie", cookies).status()).isEqualTo(200);
		assertThat(calls).hasValue(1);
		Thread.sleep(1600);
		TestHttp.Response replay = this.http.get("/api/v1/me", "Cookie", cookies);

		assertThat(replay.status()).isEqualTo(401);
		assertThat(calls).hasValue(2);
		assertThat(replay.raw().headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aRotatedAnswerWithoutIdentitysWordIsNotShared() {
		String expired = identity.issuer().expiredToken("user-11", "session-n");
		String renewed = renewedToken("user-11", "session-n");
		identity.answerRefreshWith((call) -> StubIdentity.refreshed(renewed, "refresh-n2", expiresIn5Minutes()));

		for (int i = 0; i < 2; i++) {
			assertThat(this.http.get("/api/v1/me", "Cookie", "access_token=" + expired + "; refresh_token=refresh-n1")
				.status()).isEqualTo(200);
		}

		assertThat(identity.refreshCalls()).filteredOn((call) -> call.get("refreshToken").equals("refresh-n1"))
			.hasSize(2);
	}

	@Test
	void aSharedAnswerIsRenewedBeforeItsAccessTokenExpiresAndConcurrentCallersAllPass() throws Exception {
		String expired = identity.issuer().expiredToken("user-12", "session-l");
		AtomicInteger calls = new AtomicInteger();
		identity.answerRefreshWith((call) -> {
			calls.incrementAndGet();
			sleep(150);
			return StubIdentity.refreshed(
					identity.issuer().token("user-12", "session-l", "user", Duration.ofSeconds(4)), "refresh-l1",
					Instant.now().plusSeconds(4));
		});
		Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
		long end = System.nanoTime() + Duration.ofSeconds(7).toNanos();
		try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 8; i++) {
				clients.submit(() -> {
					TestHttp http = new TestHttp("http://127.0.0.1:" + this.port);
					while (System.nanoTime() < end) {
						int status = http.get("/api/v1/me", "access-token", expired, "refresh-token", "refresh-l1")
							.status();
						statuses.computeIfAbsent(status, (key) -> new AtomicInteger()).incrementAndGet();
					}
				});
			}
		}

		assertThat(statuses).as("answers by status").containsOnlyKeys(200);
		assertThat(statuses.get(200).get()).isGreaterThan(100);
		// shared for 3 s of each 4 s token: one call per 3 s, not one per request
		assertThat(calls.get()).isBetween(2, 4);
	}

	@Test
	void aTokenAboutToExpireIsRenewedAheadWhenARefreshTokenCameWithIt() {
		String expiring = identity.issuer().tokenExpiringAt("user-13", "session-a", Instant.now().plusSeconds(10));
		String renewed = renewedToken("user-13", "session-a");
		identity.answerRefreshWith((call) -> StubIdentity.refreshed(renewed, "refresh-a1", expiresIn5Minutes()));

		TestHttp.Response ahead = this.http.get("/api/v1/me", "access-token", expiring, "refresh-token", "refresh-a1");
		TestHttp.Response alone = this.http.get("/api/v1/me", "access-token", expiring);

		assertThat(ahead.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(ahead.body())).containsEntry("authorization", "Bearer " + renewed);
		assertThat(alone.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(alone.body())).containsEntry("authorization", "Bearer " + expiring);
	}

	@Test
	void aFailedRenewalAheadGoesOnWithTheStillValidToken() {
		String expiring = identity.issuer().tokenExpiringAt("user-14", "session-b", Instant.now().plusSeconds(10));
		identity.answerRefreshWith((call) -> new StubIdentity.Reply(401, "{\"success\":false,\"message\":\"no\"}"));

		TestHttp.Response response = this.http.get("/api/v1/me", "access-token", expiring, "refresh-token",
				"refresh-b1");

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(response.body())).containsEntry("authorization", "Bearer " + expiring);
		assertThat(identity.refreshCalls()).anyMatch((call) -> call.get("refreshToken").equals("refresh-b1"));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String renewedToken(String userId, String sessionId) {
		return identity.issuer().token(userId, sessionId, "user", Duration.ofMinutes(5));
	}

	private static Instant expiresIn5Minutes() {
		return Instant.now().plus(Duration.ofMinutes(5));
	}

}
