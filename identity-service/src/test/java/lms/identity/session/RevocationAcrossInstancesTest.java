package lms.identity.session;

import java.time.Duration;
import java.util.Map;

import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.support.SecondInstance;
import lms.identity.user.User;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two identity instances share MongoDB, Redis and Kafka; each holds live sessions and
 * user views in memory. The second one keeps them for a minute, so whatever it forgets
 * sooner it forgot through an event; this test's context keeps them for the default
 * second, the bound when an event is lost.
 */
class RevocationAcrossInstancesTest extends IdentityTest {

	private static final Duration EVENT_DELIVERY = Duration.ofSeconds(10);

	@AutoClose
	private static SecondInstance second;

	@Value("${spring.mongodb.uri}")
	private String mongoUri;

	@Test
	void aSessionEndedAtOneInstanceIsRefusedAtTheOtherOnceTheEventArrives() {
		Http other = secondInstance();
		User user = newUser("Rea");
		JsonNode login = loggedIn(user);
		assertThat(me(other, login).status()).isEqualTo(200);

		assertThat(me(this.http, login, "/api/v1/logout").status()).isEqualTo(200);

		await().atMost(EVENT_DELIVERY)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> me(other, login).status() == 401);
	}

	@Test
	void aSessionEndedWithoutAnEventIsRefusedWithinTheLiveCachesTimeToLive() {
		User user = newUser("Lee");
		JsonNode login = loggedIn(user);
		assertThat(me(this.http, login).status()).isEqualTo(200);

		// as if another instance ended it and its SessionRevoked were lost
		this.redis.delete("lms:session:" + sessionId(login));
		long ended = System.nanoTime();

		await().atMost(Duration.ofSeconds(3))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> me(this.http, login).status() == 401);
		assertThat(Duration.ofNanos(System.nanoTime() - ended)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void aRenameAtOneInstanceIsShownByTheOtherOnceTheEventArrives() {
		Http other = secondInstance();
		User user = newUser("Old Name");
		JsonNode login = loggedIn(user);
		assertThat(body(me(other, login)).get("user").get("name").asString()).isEqualTo("Old Name");

		assertThat(this.http
			.put("/api/v1/update-user-info", "{\"name\":\"New Name\"}", "access-token",
					login.get("accessToken").asString())
			.status()).isEqualTo(200);

		await().atMost(EVENT_DELIVERY)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> body(me(other, login)).get("user").get("name").asString().equals("New Name"));
	}

	private Http secondInstance() {
		if (second == null) {
			second = SecondInstance.start(this.mongoUri, Map.of("lms.identity.sessions.live-cache.time-to-live", "1m",
					"lms.identity.users.view-cache.time-to-live", "1m"));
		}
		return second.http();
	}

	private static Http.Reply me(Http http, JsonNode login) {
		return me(http, login, "/api/v1/me");
	}

	private static Http.Reply me(Http http, JsonNode login, String path) {
		return http.get(path, "access-token", login.get("accessToken").asString());
	}

	private String sessionId(JsonNode login) {
		return this.json
			.readTree(java.util.Base64.getUrlDecoder().decode(login.get("accessToken").asString().split("\\.")[1]))
			.get("sid")
			.asString();
	}

}
