package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import lms.gateway.support.GatewayTest;
import lms.gateway.support.StubIdentity;
import lms.testkit.EmbeddedRedis;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's buckets, each refilling once an hour here so that what a test spends
 * stays spent; a count may take 5 s, so a loaded machine does not pass for a Redis outage
 * (during which the general limit lets requests through). Clients call from their own
 * loopback addresses (127.0.0.2, 127.0.0.3): different addresses, as the gateway sees
 * them.
 */
@TestPropertySource(properties = { "lms.gateway.rate-limits.redis-timeout=5s",
		"lms.gateway.rate-limits.strict-per-address.capacity=4",
		"lms.gateway.rate-limits.strict-per-address.refill-every=1h", "lms.gateway.rate-limits.per-account.capacity=3",
		"lms.gateway.rate-limits.per-account.refill-every=1h", "lms.gateway.rate-limits.per-address.capacity=3",
		"lms.gateway.rate-limits.per-address.refill-every=1h" })
class RateLimitTest extends GatewayTest {

	static final String TOO_MANY = "{\"success\":false,\"message\":\"Too many requests, please try again later\"}";

	@Autowired
	LeasedBudgets generalBudgets;

	TestHttp first;

	TestHttp second;

	@BeforeEach
	void freshCounters() {
		flushRedis();
		this.generalBudgets.clear();
		this.first = from("127.0.0.2");
		this.second = from("127.0.0.3");
	}

	@Test
	void aStrictPathIsLimitedPerClientAddressWithRetryAfter() {
		for (int i = 0; i < 4; i++) {
			assertThat(login(this.first, "user" + i + "@example.com").status()).isEqualTo(200);
		}

		TestHttp.Response refused = login(this.first, "user9@example.com");

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).isEqualTo(TOO_MANY);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(login(this.second, "user9@example.com").status()).isEqualTo(200);
	}

	@Test
	void attemptsOnOneAccountFromOneAddressDoNotLockItForOthers() {
		for (int i = 0; i < 6; i++) {
			login(this.first, "ann@example.com");
		}

		assertThat(login(this.second, "ann@example.com").status()).isEqualTo(200);
	}

	@Test
	void aForwardedForHeaderFromAnUntrustedPeerChangesNothing() {
		for (int i = 0; i < 4; i++) {
			assertThat(login(this.first, "ann@example.com", "X-Forwarded-For", "198.51.100." + i).status())
				.isEqualTo(200);
		}

		assertThat(login(this.first, "ann@example.com", "X-Forwarded-For", "198.51.100.77").status()).isEqualTo(429);
		assertThat(login(this.first, "ann@example.com", "Forwarded", "for=198.51.100.78").status()).isEqualTo(429);
	}

	@Test
	void theStrictPathsCountSeparately() {
		for (int i = 0; i < 4; i++) {
			login(this.first, "ann@example.com");
		}

		TestHttp.Response response = this.first.postJson("/api/v1/forgot-password", "{\"email\":\"ann@example.com\"}");

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void theBodyReachesTheServiceUnchanged() {
		TestHttp.Response response = login(this.first, "ann@example.com");

		assertThat(StubIdentity.echoed(response.body())).containsEntry("body",
				"{\"email\":\"ann@example.com\",\"password\":\"secret\"}");
	}

	@Test
	void otherRequestsAreLimitedPerAccount() {
		String ann = identity.issuer().token("ann", "s-ann", "user", Duration.ofMinutes(5));
		String bob = identity.issuer().token("bob", "s-bob", "user", Duration.ofMinutes(5));
		for (int i = 0; i < 3; i++) {
			assertThat(this.first.get("/api/v1/me", "access-token", ann).status()).isEqualTo(200);
		}

		TestHttp.Response refused = this.second.get("/api/v1/me", "access-token", ann);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).isEqualTo(TOO_MANY);
		assertThat(refused.header("Retry-After")).isNotNull();
		assertThat(this.first.get("/api/v1/me", "access-token", bob).status()).isEqualTo(200);
	}

	/**
	 * Also the keep-alive regression of Reactor Netty 1.3.6 (a request buffered behind an
	 * unfinished one and refused at once left the connection unread): every request of
	 * every burst is answered.
	 */
	@Test
	void burstsFromOneAccountPassOnlyItsBucketAndEveryRequestIsAnswered() throws Exception {
		TestHttp client = from("127.0.0.2");
		for (int burst = 0; burst < 10; burst++) {
			String token = identity.issuer().token("burst-" + burst, "s-burst", "user", Duration.ofMinutes(5));
			Callable<Integer> me = () -> client.get("/api/v1/me", "access-token", token).status();
			List<Integer> statuses = new ArrayList<>();
			try (ExecutorService callers = Executors.newFixedThreadPool(32)) {
				for (Future<Integer> status : callers.invokeAll(Collections.nCopies(100, me))) {
					statuses.add(status.get());
				}
			}
			assertThat(statuses).containsOnly(200, 429);
			assertThat(statuses.stream().filter((status) -> status == 200)).hasSize(3);
		}
	}

	@Test
	void anonymousRequestsAreLimitedPerAddress() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.first.get("/api/v1/get-courses").status()).isEqualTo(200);
		}

		assertThat(this.first.get("/api/v1/get-courses").status()).isEqualTo(429);
		assertThat(this.second.get("/api/v1/get-courses").status()).isEqualTo(200);
	}

	@Test
	void withRedisDownGeneralRequestsPassAndStrictOnesAreUnavailable() {
		EmbeddedRedis redisServer = EmbeddedRedis.shared();
		redisServer.stop();
		try {
			for (int i = 0; i < 5; i++) {
				assertThat(this.first.get("/api/v1/get-courses").status()).isEqualTo(200);
			}
			TestHttp.Response strict = login(this.first, "ann@example.com");
			assertThat(strict.status()).isEqualTo(503);
			assertThat(strict.body()).startsWith("{\"success\":false,\"message\":\"Service temporarily unavailable");
		}
		finally {
			redisServer.start();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> login(this.second, "ann@example.com").status() == 200);
	}

	private static TestHttp.Response login(TestHttp client, String email, String... headers) {
		return client.postJson("/api/v1/login", "{\"email\":\"" + email + "\",\"password\":\"secret\"}", headers);
	}

}
