package lms.gateway.revocation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lms.events.DomainEvent;
import lms.events.identity.SessionRevoked;
import lms.events.identity.UserDeleted;
import lms.events.identity.UserRoleChanged;
import lms.gateway.GatewayApplication;
import lms.gateway.support.IdentityEvents;
import lms.gateway.support.StubIdentity;
import lms.testkit.TokenIssuer;
import lms.testkit.EmbeddedKafka;
import lms.testkit.InfrastructureProperties;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway instances, a real broker: a revocation reaches both within a second, and a
 * gateway started later learns the revocations still in force.
 */
class RevocationOnEveryInstanceTest {

	private static final Logger log = LoggerFactory.getLogger(RevocationOnEveryInstanceTest.class);

	static final StubIdentity identity = new StubIdentity(new TokenIssuer());

	static final List<ConfigurableApplicationContext> gateways = new ArrayList<>();

	static final Map<TestHttp, TestHttp> MANAGEMENT = new java.util.concurrent.ConcurrentHashMap<>();

	static TestHttp first;

	static TestHttp second;

	static IdentityEvents events;

	@BeforeAll
	static void startTwoGateways() {
		events = new IdentityEvents(EmbeddedKafka.shared().bootstrapServers());
		first = startGateway();
		second = startGateway();
		String warmUpSession = "warm-" + UUID.randomUUID();
		String warmUpToken = token("user-w", warmUpSession);
		publish(new SessionRevoked(warmUpSession, "user-w", "logout", Instant.now().plusSeconds(300)));
		// Both consumers have joined and read the topic once the warm-up revocation
		// shows.
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(status(first, warmUpToken)).isEqualTo(401);
			assertThat(status(second, warmUpToken)).isEqualTo(401);
		});
	}

	@AfterAll
	static void stop() {
		gateways.forEach(ConfigurableApplicationContext::close);
		identity.close();
	}

	@Test
	void runningInstancesAreReadyOnceTheyHaveReadTheRevocations() {
		assertThat(management(first).get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(management(second).get("/actuator/health/readiness").body()).contains("\"revocations\"");
	}

	@Test
	void aRevokedSessionIsRejectedByEveryInstanceWithinOneSecond() {
		String session = "s-" + UUID.randomUUID();
		String token = token("user-1", session);
		assertThat(status(first, token)).isEqualTo(200);
		assertThat(status(second, token)).isEqualTo(200);

		publish(new SessionRevoked(session, "user-1", "logout", Instant.now().plusSeconds(300)));
		long acknowledged = System.nanoTime();

		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(5))
			.until(() -> status(first, token) == 401 && status(second, token) == 401);
		log.info("Revocation rejected on both gateways {} ms after the broker acknowledged it",
				(System.nanoTime() - acknowledged) / 1_000_000);
		assertThat(status(first, token)).isEqualTo(401);
	}

	@Test
	void otherSessionsOfTheSameUserKeepWorking() {
		String revoked = "s-" + UUID.randomUUID();
		String kept = token("user-2", "s-" + UUID.randomUUID());
		publish(new SessionRevoked(revoked, "user-2", "logout", Instant.now().plusSeconds(300)));

		await().atMost(Duration.ofSeconds(5)).until(() -> status(second, token("user-2", revoked)) == 401);

		assertThat(status(first, kept)).isEqualTo(200);
		assertThat(status(second, kept)).isEqualTo(200);
	}

	@Test
	void aDeletedUsersTokensAreRejected() {
		String token = token("user-3", "s-" + UUID.randomUUID());
		assertThat(status(first, token)).isEqualTo(200);

		publish(new UserDeleted("user-3", null));

		await().atMost(Duration.ofSeconds(5)).until(() -> status(first, token) == 401 && status(second, token) == 401);
	}

	@Test
	void aRoleChangeRejectsTokensIssuedBeforeItButNotAfter() {
		String before = identity.issuer()
			.tokenIssuedAt("user-4", "s-" + UUID.randomUUID(), Instant.now().minusSeconds(10));

		publish(new UserRoleChanged("user-4", "user", "admin"));

		await().atMost(Duration.ofSeconds(5)).until(() -> status(first, before) == 401);
		String after = identity.issuer()
			.tokenIssuedAt("user-4", "s-" + UUID.randomUUID(), Instant.now().plusSeconds(2));
		assertThat(status(first, after)).isEqualTo(200);
	}

	@Test
	void aGatewayStartedAfterTheRevocationRejectsTheSessionToo() {
		String session = "s-" + UUID.randomUUID();
		String token = token("user-5", session);
		publish(new SessionRevoked(session, "user-5", "password-changed", Instant.now().plusSeconds(300)));
		await().atMost(Duration.ofSeconds(5)).until(() -> status(first, token) == 401);

		TestHttp restarted = startGateway();

		// Ready only once the revocations on the topics have been read: no window.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> management(restarted).get("/actuator/health/readiness").status() == 200);
		assertThat(status(restarted, token)).isEqualTo(401);
		assertThat(status(restarted, token("user-5", "s-" + UUID.randomUUID()))).isEqualTo(200);
	}

	private static TestHttp startGateway() {
		Map<String, String> properties = new LinkedHashMap<>(InfrastructureProperties.embedded());
		properties.put("server.port", "0");
		properties.put("lms.services.identity.url", identity.url());
		properties.put("lms.services.course.url", identity.url());
		ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
			.run(InfrastructureProperties.asArguments(properties));
		gateways.add(context);
		TestHttp api = new TestHttp("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
		MANAGEMENT.put(api,
				new TestHttp("http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port")));
		return api;
	}

	/** Actuator answers on the gateway's management port only. */
	private static TestHttp management(TestHttp gateway) {
		return MANAGEMENT.get(gateway);
	}

	private static String token(String userId, String sessionId) {
		return identity.issuer().token(userId, sessionId, "user", Duration.ofMinutes(5));
	}

	private static int status(TestHttp gateway, String token) {
		return gateway.get("/api/v1/me", "Authorization", "Bearer " + token).status();
	}

	private static void publish(DomainEvent event) {
		events.publish(event);
	}

}
