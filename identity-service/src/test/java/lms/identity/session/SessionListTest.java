package lms.identity.session;

import java.util.List;

import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SessionListTest extends IdentityTest {

	static final String FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

	static final String CHROME_ON_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

	@Test
	void aUserSeesWhereTheyAreSignedInWithDeviceCoarseAddressAndWhichIsThis() {
		User user = newUser("Una");
		JsonNode laptop = loggedIn(user, FIREFOX_ON_LINUX, "127.113.0.77");
		JsonNode phone = loggedIn(user, CHROME_ON_ANDROID, "127.51.100.9");

		Http.Reply reply = this.http.get("/api/v1/sessions", "access-token", access(phone));

		assertThat(reply.status()).isEqualTo(200);
		JsonNode sessions = body(reply).get("sessions");
		assertThat(sessions).hasSize(2);
		JsonNode current = find(sessions, sessionId(phone));
		assertThat(current.get("current").asBoolean()).isTrue();
		assertThat(current.get("device").asString()).isEqualTo("Chrome on Android");
		assertThat(current.get("address").asString()).isEqualTo("127.51.100.0/24");
		assertThat(current.get("userAgent").asString()).isEqualTo(CHROME_ON_ANDROID);
		assertThat(current.get("createdAt").asString()).isNotBlank();
		assertThat(current.get("lastUsedAt").asString()).isNotBlank();
		JsonNode other = find(sessions, sessionId(laptop));
		assertThat(other.get("current").asBoolean()).isFalse();
		assertThat(other.get("device").asString()).isEqualTo("Firefox on Linux");
		assertThat(reply.body()).doesNotContain("127.113.0.77");
	}

	@Test
	void endingAnotherSessionRevokesItAndAnnouncesIt() {
		User user = newUser("Vic");
		JsonNode laptop = loggedIn(user, FIREFOX_ON_LINUX, "127.113.0.7");
		JsonNode phone = loggedIn(user, CHROME_ON_ANDROID, "127.51.100.9");

		Http.Reply reply = this.http.delete("/api/v1/sessions/" + sessionId(laptop), null, "access-token",
				access(phone));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(me(laptop).status()).isEqualTo(401);
		assertThat(me(phone).status()).isEqualTo(200);
		awaitEvents(Topics.IDENTITY_SESSION,
				(record) -> record.key().equals(sessionId(laptop)) && record.value().contains("\"ended-by-user\""), 1);
	}

	@Test
	void anotherUsersSessionIsNotFoundAndUntouched() {
		JsonNode victim = loggedIn(newUser("Wes"), FIREFOX_ON_LINUX, "127.113.0.7");
		JsonNode attacker = loggedIn(newUser("Xan"), FIREFOX_ON_LINUX, "127.113.0.8");

		Http.Reply reply = this.http.delete("/api/v1/sessions/" + sessionId(victim), null, "access-token",
				access(attacker));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.body()).isEqualTo("{\"success\":false,\"message\":\"Session not found\"}");
		assertThat(me(victim).status()).isEqualTo(200);
	}

	@Test
	void endingAllOthersKeepsOnlyThisSession() {
		User user = newUser("Yul");
		JsonNode first = loggedIn(user, FIREFOX_ON_LINUX, "127.113.0.7");
		JsonNode second = loggedIn(user, FIREFOX_ON_LINUX, "127.113.0.8");
		JsonNode third = loggedIn(user, CHROME_ON_ANDROID, "127.51.100.9");

		Http.Reply reply = this.http.delete("/api/v1/sessions/others", null, "access-token", access(third));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(body(reply).get("ended").asInt()).isEqualTo(2);
		assertThat(me(first).status()).isEqualTo(401);
		assertThat(me(second).status()).isEqualTo(401);
		assertThat(me(third).status()).isEqualTo(200);
		assertThat(body(this.http.get("/api/v1/sessions", "access-token", access(third))).get("sessions")).hasSize(1);
	}

	@Test
	void anAdminListsAndEndsAGivenUsersSessions() {
		User user = newUser("Zed");
		JsonNode laptop = loggedIn(user, FIREFOX_ON_LINUX, "127.113.0.7");
		JsonNode phone = loggedIn(user, CHROME_ON_ANDROID, "127.51.100.9");
		String admin = login(ADMIN_EMAIL, ADMIN_PASSWORD).body();
		String adminToken = this.json.readTree(admin).get("accessToken").asString();

		Http.Reply listed = this.http.get("/api/v1/users/" + user.id() + "/sessions", "access-token", adminToken);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(body(listed).get("sessions")).hasSize(2)
			.allSatisfy((session) -> assertThat(session.get("current").asBoolean()).isFalse());

		assertThat(this.http
			.delete("/api/v1/users/" + user.id() + "/sessions/" + sessionId(laptop), null, "access-token", adminToken)
			.status()).isEqualTo(200);
		assertThat(me(laptop).status()).isEqualTo(401);
		assertThat(me(phone).status()).isEqualTo(200);
		assertThat(
				this.http.delete("/api/v1/users/" + user.id() + "/sessions", null, "access-token", adminToken).status())
			.isEqualTo(200);
		assertThat(me(phone).status()).isEqualTo(401);
		awaitEvents(Topics.IDENTITY_SESSION,
				(record) -> record.value().contains(user.id()) && record.value().contains("\"ended-by-admin\""), 2);
	}

	@Test
	void theAdminRoutesRefuseOtherRolesAndUnknownUsers() {
		User user = newUser("Abe");
		JsonNode own = loggedIn(user, FIREFOX_ON_LINUX, "127.113.0.7");
		User other = newUser("Bea");
		JsonNode others = loggedIn(other, FIREFOX_ON_LINUX, "127.113.0.8");
		String adminToken = this.json.readTree(login(ADMIN_EMAIL, ADMIN_PASSWORD).body()).get("accessToken").asString();

		for (Http.Reply reply : List.of(
				this.http.get("/api/v1/users/" + other.id() + "/sessions", "access-token", access(own)),
				this.http.delete("/api/v1/users/" + other.id() + "/sessions", null, "access-token", access(own)),
				this.http.delete("/api/v1/users/" + other.id() + "/sessions/" + sessionId(others), null, "access-token",
						access(own)))) {
			assertThat(reply.status()).isEqualTo(403);
			assertThat(body(reply).get("success").asBoolean()).isFalse();
		}
		assertThat(me(others).status()).isEqualTo(200);
		assertThat(
				this.http.get("/api/v1/users/0123456789abcdef01234567/sessions", "access-token", adminToken).status())
			.isEqualTo(404);
		assertThat(this.http.get("/api/v1/users/not-an-id/sessions", "access-token", adminToken).status())
			.isEqualTo(400);
	}

	private JsonNode loggedIn(User user, String userAgent, String address) {
		Http.Reply reply = this.http.from(address)
			.post("/api/v1/login", "{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}",
					"User-Agent", userAgent);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return body(reply);
	}

	private Http.Reply me(JsonNode login) {
		return this.http.get("/api/v1/me", "access-token", access(login));
	}

	private static String access(JsonNode login) {
		return login.get("accessToken").asString();
	}

	private String sessionId(JsonNode login) {
		return this.json.readTree(java.util.Base64.getUrlDecoder().decode(access(login).split("\\.")[1]))
			.get("sid")
			.asString();
	}

	private static JsonNode find(JsonNode sessions, String id) {
		for (JsonNode session : sessions) {
			if (session.get("id").asString().equals(id)) {
				return session;
			}
		}
		throw new AssertionError("no session " + id + " in " + sessions);
	}

}
