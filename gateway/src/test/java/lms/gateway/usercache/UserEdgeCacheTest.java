package lms.gateway.usercache;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import lms.events.identity.SessionRevoked;
import lms.events.identity.UserDeleted;
import lms.events.identity.UserProfileUpdated;
import lms.gateway.support.IdentityEvents;
import lms.gateway.support.StubIdentity;
import lms.kit.cache.EventPosition;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestHttp;
import lms.testkit.TokenIssuer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The callers' {@code me} at the edge, in front of a scripted identity ({@link Accounts})
 * and a real broker: hits only after the token checks, forgotten on the caller's own
 * writes and on user events, and never an answer older than an eviction or an event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class UserEdgeCacheTest {

	private static final String ME = "/api/v1/me";

	private static final String AHEAD = IntStream.range(0, 16)
		.mapToObj((partition) -> "lms.identity.user:" + partition + ":1000000")
		.collect(Collectors.joining(","));

	@AutoClose
	static final Accounts accounts = new Accounts();

	@AutoClose
	static final StubIdentity identity = new StubIdentity(new TokenIssuer());

	@LocalServerPort
	int port;

	@Autowired
	UserCache cache;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	TestHttp http;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.identity.url", accounts::url);
		registry.add("lms.security.jwks-url", () -> identity.url() + "/.well-known/jwks.json");
		registry.add("lms.security.service-client.token-url", () -> identity.url() + "/internal/oauth2/token");
		registry.add("lms.gateway.refresh.identity-url", identity::url);
		registry.add("lms.gateway.rate-limits.enabled", () -> "false");
		registry.add("lms.gateway.user-cache.enabled", () -> "true");
		// hits are counted here; the guard's expiry is UserCacheTest's
		registry.add("lms.gateway.user-cache.max-age", () -> "30s");
	}

	@BeforeEach
	void client() {
		this.http = new TestHttp("http://127.0.0.1:" + this.port);
		// identity further into the user events than this gateway, unless a test says
		// otherwise
		accounts.answerAtPosition(AHEAD);
	}

	@Test
	void aSecondReadIsAnsweredAtTheEdgeAfterTheTokenChecksWithTheHeadersOfAnyAnswer() {
		String user = user("Ada");
		String token = token(user);

		TestHttp.Response first = me(token);
		TestHttp.Response second = this.http.get(ME, "Authorization", "Bearer " + token, "X-Correlation-Id", "hit-1");

		assertThat(accounts.reads(user)).isEqualTo(1);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body()).contains("Ada");
		assertThat(second.header("X-Correlation-Id")).isEqualTo("hit-1");
		assertThat(second.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(second.header("Cache-Control")).isEqualTo("no-store");
		assertThat(first.header(EventPosition.USER_HEADER)).as("the position goes no further").isNull();
		assertThat(second.header(EventPosition.USER_HEADER)).isNull();
	}

	@Test
	void theAccessTokenHeaderAndCookieReachTheSameEntryAsTheBearer() {
		String user = user("Bea");
		String token = token(user);
		me(token);

		assertThat(this.http.get(ME, "access-token", token).body()).contains("Bea");
		assertThat(this.http.get(ME, "Cookie", "access_token=" + token).body()).contains("Bea");
		assertThat(accounts.reads(user)).isEqualTo(1);
	}

	@Test
	void aForgedOrExpiredTokenOfAUserWithAnEntryIsRefused() {
		String user = user("Cy");
		me(token(user));

		assertThat(me(identity.issuer().forgedToken(user, "s-" + user)).status()).isEqualTo(401);
		assertThat(me(identity.issuer().expiredToken(user, "s-" + user)).status()).isEqualTo(401);
		assertThat(this.http.get(ME).status()).isEqualTo(401);
		assertThat(accounts.reads(user)).isEqualTo(1);
	}

	@Test
	void aRevokedSessionIsRefusedWhileItsUserHasAnEntry() {
		String user = user("Dee");
		String revoked = token(user, "revoked-" + user);
		String other = token(user, "other-" + user);
		me(revoked);
		me(other);
		assertThat(this.cache.get(user)).isNotNull();
		int reads = accounts.reads(user);

		events().publish(new SessionRevoked("revoked-" + user, user, "logout", Instant.now().plusSeconds(300)));

		await().atMost(Duration.ofSeconds(30)).until(() -> me(revoked).status() == 401);
		assertThat(this.cache.get(user)).as("the entry is still there").isNotNull();
		assertThat(me(other).body()).contains("Dee");
		assertThat(accounts.reads(user)).isEqualTo(reads);
	}

	@Test
	void aDeletedUserIsRefusedAndTheirEntryForgotten() {
		awaitAUserEventRead();
		String user = user("Eve");
		String token = token(user);
		me(token);

		events().publish(new UserDeleted(user, null));

		await().atMost(Duration.ofSeconds(30)).until(() -> me(token).status() == 401);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.cache.get(user) == null);
	}

	@Test
	void aProfileUpdateThroughThisGatewayIsSeenByTheNextRead() {
		String user = user("Fay");
		String token = token(user);
		me(token);

		TestHttp.Response update = this.http.putJson("/api/v1/update-user-info", "{\"name\":\"Fay Renamed\"}",
				"Authorization", "Bearer " + token);

		assertThat(update.status()).isEqualTo(200);
		assertThat(me(token).body()).contains("Fay Renamed");
		assertThat(accounts.reads(user)).isEqualTo(2);
	}

	@Test
	void aLogoutThroughThisGatewayEndsTheHitsAtOnce() {
		String user = user("Kit");
		String token = token(user);
		me(token);

		TestHttp.Response logout = this.http.get("/api/v1/logout", "Authorization", "Bearer " + token);

		assertThat(logout.status()).isEqualTo(200);
		assertThat(me(token).status()).as("asked of identity, which ended the session").isEqualTo(401);
		assertThat(accounts.reads(user)).isEqualTo(2);
	}

	@Test
	void aUserEventFromAnotherInstancesWriteForgetsTheEntry() {
		awaitAUserEventRead();
		String user = user("Gus");
		String token = token(user);
		me(token);
		accounts.name(user, "Gus Renamed Elsewhere");

		events().publish(new UserProfileUpdated(user, "Gus Renamed Elsewhere", null));

		await().atMost(Duration.ofSeconds(30)).until(() -> me(token).body().contains("Renamed Elsewhere"));
	}

	@Test
	void anAnswerThatDoesNotReflectAnEventReadHereIsForwardedButNeverKept() {
		awaitAUserEventRead();
		String user = user("Hal");
		String token = token(user);
		accounts.answerAtPosition("");

		me(token);
		me(token);
		assertThat(accounts.reads(user)).as("an identity instance behind this gateway").isEqualTo(2);

		accounts.answerAtPosition(AHEAD);
		me(token);
		me(token);
		assertThat(accounts.reads(user)).as("an identity instance that read as far").isEqualTo(3);
	}

	@Test
	void anAnswerFetchedBeforeTheCallersWriteIsNotKeptWhenItArrivesAfter() throws Exception {
		String user = user("Ivy");
		String token = token(user);
		var arrived = accounts.holdNext();
		CompletableFuture<TestHttp.Response> late = CompletableFuture.supplyAsync(() -> me(token));
		assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

		this.http.putJson("/api/v1/update-user-info", "{\"name\":\"Ivy Renamed\"}", "Authorization", "Bearer " + token);
		accounts.release();

		assertThat(late.get(10, TimeUnit.SECONDS).body()).as("the old answer still reaches its caller")
			.contains("\"Ivy\"");
		assertThat(me(token).body()).contains("Ivy Renamed");
		assertThat(accounts.reads(user)).isEqualTo(2);
	}

	/** Publishes user events until this gateway has read one. */
	private void awaitAUserEventRead() {
		String someone = "warm-" + UUID.randomUUID();
		await().pollInterval(Duration.ofMillis(500)).atMost(Duration.ofSeconds(30)).until(() -> {
			if (this.cache.position().offsets().isEmpty()) {
				events().publish(new UserProfileUpdated(someone, "Warm", null));
				return false;
			}
			return true;
		});
	}

	private IdentityEvents events() {
		return new IdentityEvents(this.brokers);
	}

	private TestHttp.Response me(String token) {
		return this.http.get(ME, "Authorization", "Bearer " + token);
	}

	private static String user(String name) {
		String id = UUID.randomUUID().toString();
		accounts.name(id, name);
		return id;
	}

	private static String token(String user) {
		return token(user, "s-" + user);
	}

	private static String token(String user, String session) {
		return identity.issuer().token(user, session, "user", Duration.ofMinutes(5));
	}

}
