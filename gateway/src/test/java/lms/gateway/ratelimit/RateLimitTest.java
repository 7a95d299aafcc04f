package lms.gateway.ratelimit;

import java.time.Duration;

import lms.gateway.support.StubIdentity;
import lms.gateway.support.TokenIssuer;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.EmbeddedRedis;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lms.gateway.rate-limits.per-ip.requests=4", "lms.gateway.rate-limits.per-account.requests=2",
				"lms.gateway.rate-limits.general.requests=3" })
@EmbeddedInfrastructure
class RateLimitTest {

	static final StubIdentity identity = new StubIdentity(new TokenIssuer());

	static final String TOO_MANY = "{\"success\":false,\"message\":\"Too many requests, please try again later\"}";

	@LocalServerPort
	int port;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Autowired
	LeasedBudgets generalBudgets;

	TestHttp http;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.identity.url", identity::url);
		registry.add("lms.services.course.url", identity::url);
	}

	@AfterAll
	static void stopStub() {
		identity.close();
	}

	@BeforeEach
	void freshCounters() {
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> "OK"
				.equals(this.redis.getConnectionFactory().getReactiveConnection().serverCommands().flushAll().block()));
		this.generalBudgets.clear();
		this.http = new TestHttp("http://127.0.0.1:" + this.port);
	}

	@Test
	void loginIsLimitedPerTargetAccountWithRetryAfter() {
		assertThat(login("ann@example.com").status()).isEqualTo(200);
		assertThat(login("ANN@example.com ").status()).isEqualTo(200);

		TestHttp.Response refused = login("ann@example.com");

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).isEqualTo(TOO_MANY);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(login("bob@example.com").status()).isEqualTo(200);
	}

	@Test
	void loginIsLimitedPerIpAcrossAccounts() {
		for (int i = 0; i < 4; i++) {
			assertThat(login("user" + i + "@example.com").status()).isEqualTo(200);
		}

		assertThat(login("user9@example.com").status()).isEqualTo(429);
	}

	@Test
	void theStrictPathsCountSeparately() {
		login("ann@example.com");
		login("ann@example.com");

		TestHttp.Response response = this.http.postJson("/api/v1/forgot-password", "{\"email\":\"ann@example.com\"}");

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void theBodyReadForTheAccountStillReachesTheService() {
		TestHttp.Response response = login("ann@example.com");

		assertThat(StubIdentity.echoed(response.body())).containsEntry("body",
				"{\"email\":\"ann@example.com\",\"password\":\"secret\"}");
	}

	@Test
	void activationIsLimitedPerActivationToken() {
		String body = "{\"activation_token\":\"tok-1\",\"activation_code\":\"1234\"}";
		this.http.postJson("/api/v1/activate-user", body);
		this.http.postJson("/api/v1/activate-user", body);

		assertThat(this.http.postJson("/api/v1/activate-user", body).status()).isEqualTo(429);
	}

	@Test
	void otherRequestsAreLimitedPerUser() {
		String ann = identity.issuer().token("ann", "s-ann", "user", Duration.ofMinutes(5));
		String bob = identity.issuer().token("bob", "s-bob", "user", Duration.ofMinutes(5));
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.get("/api/v1/me", "access-token", ann).status()).isEqualTo(200);
		}

		TestHttp.Response refused = this.http.get("/api/v1/me", "access-token", ann);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).isEqualTo(TOO_MANY);
		assertThat(refused.header("Retry-After")).isNotNull();
		assertThat(this.http.get("/api/v1/me", "access-token", bob).status()).isEqualTo(200);
	}

	@Test
	void anonymousRequestsAreLimitedPerIp() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.get("/api/v1/get-courses").status()).isEqualTo(200);
		}

		assertThat(this.http.get("/api/v1/get-courses").status()).isEqualTo(429);
	}

	@Test
	void withRedisDownGeneralRequestsPassAndStrictOnesAreUnavailable() {
		EmbeddedRedis redisServer = EmbeddedRedis.shared();
		redisServer.stop();
		try {
			for (int i = 0; i < 5; i++) {
				assertThat(this.http.get("/api/v1/get-courses").status()).isEqualTo(200);
			}
			TestHttp.Response strict = login("ann@example.com");
			assertThat(strict.status()).isEqualTo(503);
			assertThat(strict.body()).startsWith("{\"success\":false,\"message\":\"Service temporarily unavailable");
		}
		finally {
			redisServer.start();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> login("ann@example.com").status() == 200);
	}

	private TestHttp.Response login(String email) {
		return this.http.postJson("/api/v1/login", "{\"email\":\"" + email + "\",\"password\":\"secret\"}");
	}

}
