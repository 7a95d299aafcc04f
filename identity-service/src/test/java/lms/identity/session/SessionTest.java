package lms.identity.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import lms.testkit.EmbeddedRedis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SessionTest extends IdentityTest {

	@Test
	void meAnswersTheCallerWhicheverWayTheTokenComes() {
		User user = newUser("Ida");
		String access = accessToken(user);

		for (String[] headers : List.of(new String[] { "Authorization", "Bearer " + access },
				new String[] { "access-token", access }, new String[] { "Cookie", "access_token=" + access })) {
			Http.Reply reply = this.http.get("/api/v1/me", headers);
			assertThat(reply.status()).isEqualTo(200);
			assertThat(body(reply).get("user").get("email").asString()).isEqualTo(user.email());
			assertThat(reply.body()).doesNotContain("argon2").doesNotContain("password");
		}
		assertThat(this.http.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void logoutEndsOnlyThisSessionAndAnnouncesIt() {
		User user = newUser("Jon");
		JsonNode phone = loggedIn(user);
		JsonNode laptop = loggedIn(user);

		Http.Reply reply = me("/api/v1/logout", phone);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).isEqualTo("{\"success\":true,\"message\":\"Logged out successfully\"}");
		assertThat(reply.cookies())
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("access_token=;").contains("Max-Age=0"));
		assertThat(me("/api/v1/me", phone).status()).isEqualTo(401);
		assertThat(me("/api/v1/me", laptop).status()).isEqualTo(200);
		assertThat(refresh(phone.get("refreshToken").asString(), false).status()).isEqualTo(401);
		ConsumerRecord<String, String> revoked = awaitEvents(Topics.IDENTITY_SESSION,
				(record) -> record.value().contains(user.id()), 1)
			.get(0);
		JsonNode event = this.json.readTree(revoked.value());
		assertThat(event.get("reason").asString()).isEqualTo("logout");
		assertThat(event.get("userId").asString()).isEqualTo(user.id());
		assertThat(Instant.parse(event.get("accessTokenExpiresAt").asString())).isAfter(Instant.now());
		assertThat(revoked.key()).isEqualTo(event.get("sessionId").asString());
	}

	@Test
	void logoutAllEndsEverySession() {
		User user = newUser("Kim");
		JsonNode phone = loggedIn(user);
		JsonNode laptop = loggedIn(user);

		assertThat(me("/api/v1/logout-all", laptop).status()).isEqualTo(200);

		assertThat(me("/api/v1/me", phone).status()).isEqualTo(401);
		assertThat(me("/api/v1/me", laptop).status()).isEqualTo(401);
		awaitSessionEvents("\"logout-all\"", user, 2);
	}

	@Test
	void getRefreshRotatesAndSetsFreshCookies() {
		User user = newUser("Lou");
		JsonNode login = loggedIn(user);
		String first = login.get("refreshToken").asString();

		Http.Reply reply = this.http.get("/api/v1/refresh", "Cookie", "refresh_token=" + first);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode body = body(reply);
		assertThat(body.get("success").asBoolean()).isTrue();
		String second = body.get("refreshToken").asString();
		assertThat(second).isNotEqualTo(first);
		assertThat(reply.cookie("refresh_token")).isEqualTo(second);
		assertThat(reply.cookie("access_token")).isEqualTo(body.get("accessToken").asString());
		assertThat(this.http.get("/api/v1/me", "access-token", body.get("accessToken").asString()).status())
			.isEqualTo(200);
		assertThat(this.http.get("/api/v1/refresh").status()).isEqualTo(401);
	}

	@Test
	void aRetiredRefreshTokenWithinTheGraceWindowGetsTheCurrentOne() {
		User user = newUser("Max");
		String first = loggedIn(user).get("refreshToken").asString();
		String second = body(refresh(first, true)).get("refreshToken").asString();

		Http.Reply otherTab = refresh(first, true);

		assertThat(otherTab.status()).isEqualTo(200);
		assertThat(body(otherTab).get("refreshToken").asString()).isEqualTo(second);
	}

	@Test
	void replayingARotatedRefreshTokenRevokesTheWholeSession() {
		User user = newUser("Ned");
		JsonNode login = loggedIn(user);
		String first = login.get("refreshToken").asString();
		JsonNode rotated = body(refresh(first, true));
		this.clock.advance(Duration.ofSeconds(6));

		Http.Reply replay = refresh(first, true);

		assertThat(replay.status()).isEqualTo(401);
		assertThat(body(replay).get("success").asBoolean()).isFalse();
		assertThat(refresh(rotated.get("refreshToken").asString(), true).status()).isEqualTo(401);
		assertThat(me("/api/v1/me", rotated).status()).isEqualTo(401);
		awaitSessionEvents("refresh-token-reuse", user, 1);
	}

	@Test
	void headerClientsResendingTheirLoginTokenAreNotTreatedAsReuse() {
		User user = newUser("Ola");
		JsonNode login = loggedIn(user);
		String token = login.get("refreshToken").asString();

		for (int i = 0; i < 3; i++) {
			this.clock.advance(Duration.ofMinutes(10));
			Http.Reply reply = refresh(token, false);
			assertThat(reply.status()).isEqualTo(200);
			JsonNode body = body(reply);
			assertThat(body.get("refreshToken").asString()).isEqualTo(token);
			assertThat(body.get("accessToken").asString()).isNotEqualTo(login.get("accessToken").asString());
			assertThat(Instant.parse(body.get("accessTokenExpiresAt").asString())).isAfter(Instant.now());
		}
	}

	@Test
	void aCookieSessionsTokenPresentedAsAHeaderIsRotatedAndItsReplayEndsTheSession() {
		User user = newUser("Quin");
		JsonNode login = loggedIn(user);
		String cookieToken = body(refresh(login.get("refreshToken").asString(), true)).get("refreshToken").asString();
		this.clock.advance(Duration.ofMinutes(10));

		Instant asked = this.clock.instant();
		Http.Reply asHeader = refresh(cookieToken, false);

		assertThat(asHeader.status()).isEqualTo(200);
		assertThat(body(asHeader).get("refreshToken").asString()).isNotEqualTo(cookieToken);
		assertThat(Instant.parse(body(asHeader).get("shareUntil").asString())).isBetween(asked.plusSeconds(5),
				this.clock.instant().plusSeconds(5));
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(refresh(cookieToken, true).status()).isEqualTo(401);
		assertThat(refresh(body(asHeader).get("refreshToken").asString(), false).status()).isEqualTo(401);
		awaitSessionEvents("refresh-token-reuse", user, 1);
	}

	@Test
	void anUnrotatedAnswerMayBeSharedUntilItsAccessTokenExpires() {
		User user = newUser("Ros");
		Http.Reply reply = refresh(loggedIn(user).get("refreshToken").asString(), false);

		assertThat(body(reply).get("shareUntil").asString())
			.isEqualTo(body(reply).get("accessTokenExpiresAt").asString());
	}

	@Test
	void aSessionPastItsAbsoluteLifetimeIsRefusedHoweverOftenItWasRefreshed() {
		User user = newUser("Sol");
		JsonNode login = loggedIn(user);
		String token = login.get("refreshToken").asString();
		for (int day = 0; day < 29; day++) {
			this.clock.advance(Duration.ofDays(1));
			assertThat(refresh(token, false).status()).isEqualTo(200);
		}
		this.clock.advance(Duration.ofDays(1));

		assertThat(refresh(token, false).status()).isEqualTo(401);
		assertThat(this.redis.hasKey("lms:session:" + sessionId(login))).isFalse();
		awaitSessionEvents("session-expired", user, 1);
	}

	@Test
	void theRedisExpiryNeverReachesBeyondTheAbsoluteEnd() {
		User user = newUser("Tam");
		JsonNode login = loggedIn(user);
		this.clock.advance(Duration.ofDays(27));

		assertThat(refresh(login.get("refreshToken").asString(), false).status()).isEqualTo(200);

		assertThat(this.redis.getExpire("lms:session:" + sessionId(login)))
			.isBetween(Duration.ofDays(3).minusMinutes(1).toSeconds(), Duration.ofDays(3).toSeconds());
	}

	@Test
	void aForgedOrMalformedRefreshTokenIsRefusedWithoutHarmingTheSession() {
		User user = newUser("Pia");
		JsonNode login = loggedIn(user);
		String token = login.get("refreshToken").asString();
		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

		for (String bad : List.of(forged, "garbage", "a.b.c", "")) {
			Http.Reply reply = refresh(bad, true);
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.body())
				.isEqualTo("{\"success\":false,\"message\":\"Please login for access this resources!\"}");
		}
		assertThat(refresh(token, false).status()).isEqualTo(200);
	}

	@Test
	void eachRefreshExtendsTheSessionBySevenDays() {
		User user = newUser("Rae");
		JsonNode login = loggedIn(user);
		String sid = sessionId(login);
		this.redis.expire("lms:session:" + sid, Duration.ofMinutes(1));

		assertThat(refresh(login.get("refreshToken").asString(), false).status()).isEqualTo(200);

		assertThat(this.redis.getExpire("lms:session:" + sid))
			.isGreaterThan(Duration.ofDays(7).minusMinutes(1).toSeconds());
	}

	@Test
	void withRedisDownLoginAndRefreshAreUnavailableNotErrors() {
		User user = newUser("Sam");
		String token = loggedIn(user).get("refreshToken").asString();
		EmbeddedRedis.shared().stop();
		try {
			Http.Reply refresh = refresh(token, false);
			Http.Reply login = login(user.email(), PASSWORD);
			assertThat(refresh.status()).isEqualTo(503);
			assertThat(login.status()).isEqualTo(503);
			assertThat(body(login).get("success").asBoolean()).isFalse();
		}
		finally {
			EmbeddedRedis.shared().start();
		}
		// the stand-in keeps nothing across a restart: a new login works again
		await().atMost(Duration.ofSeconds(20)).until(() -> login(user.email(), PASSWORD).status() == 200);
	}

	private Http.Reply refresh(String token, boolean rotate) {
		return this.http.post("/internal/sessions/refresh",
				"{\"refreshToken\":\"" + token + "\",\"rotate\":" + rotate + "}", "Authorization",
				"Bearer " + serviceToken("gateway", GATEWAY_SECRET));
	}

	private String sessionId(JsonNode login) {
		return this.json.readTree(Base64.getUrlDecoder().decode(login.get("accessToken").asString().split("\\.")[1]))
			.get("sid")
			.asString();
	}

	private Http.Reply me(String path, JsonNode login) {
		return this.http.get(path, "access-token", login.get("accessToken").asString());
	}

}
