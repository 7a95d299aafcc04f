package lms.identity.admin;

import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.Role;
import lms.identity.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTest extends IdentityTest {

	String admin;

	@BeforeEach
	void asAdmin() {
		this.admin = accessToken(newUser("Boss", Role.ADMIN));
	}

	@Test
	void adminsListEveryUserNewestFirstWithoutSecrets() {
		User older = newUser("Older");
		User newer = newUser("Newer");

		Http.Reply reply = this.http.get("/api/v1/get-users", "access-token", this.admin);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode users = body(reply).get("users");
		var ids = users.findValuesAsString("_id");
		assertThat(ids).contains(older.id(), newer.id());
		assertThat(ids.indexOf(newer.id())).isLessThan(ids.indexOf(older.id()));
		assertThat(reply.body()).doesNotContain("argon2").doesNotContain("passwordHash").doesNotContain("outbox");
		Http.Reply page = this.http.get("/api/v1/get-users?page=1&limit=2", "access-token", this.admin);
		assertThat(body(page).get("users").size()).isEqualTo(2);
		Http.Reply search = this.http.get("/api/v1/get-users?q=" + newer.email(), "access-token", this.admin);
		assertThat(body(search).get("users").findValuesAsString("_id")).containsExactly(newer.id());
	}

	@Test
	void usersAreForbiddenAndStrangersUnauthorized() {
		String user = accessToken(newUser("Plain"));

		Http.Reply forbidden = this.http.get("/api/v1/get-users", "access-token", user);

		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(body(forbidden).get("message").asString())
			.isEqualTo("Role: user is not allowed to access this resource");
		assertThat(this.http.get("/api/v1/get-users").status()).isEqualTo(401);
		assertThat(this.http.delete("/api/v1/delete-user/" + newUser("Safe").id(), null, "access-token", user).status())
			.isEqualTo(403);
		assertThat(this.http.get("/api/v1/get-users-analytics", "access-token", user).status()).isEqualTo(403);
	}

	@Test
	void aRoleChangeEndsTheUsersSessionsAndIsAnnounced() {
		User target = newUser("Promoted");
		String targetToken = accessToken(target);

		Http.Reply reply = this.http.put("/api/v1/update-user",
				"{\"email\":\"" + target.email() + "\",\"role\":\"admin\"}", "access-token", this.admin);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(body(reply).get("user").get("role").asString()).isEqualTo("admin");
		assertThat(this.http.get("/api/v1/me", "access-token", targetToken).status()).isEqualTo(401);
		JsonNode event = this.json
			.readTree(awaitEvents(Topics.IDENTITY_USER, ofType("UserRoleChanged", target.id()), 1).get(0).value());
		assertThat(event.get("oldRole").asString()).isEqualTo("user");
		assertThat(event.get("newRole").asString()).isEqualTo("admin");
		awaitSessionEvents("role-changed", target, 1);
		JsonNode login = loggedIn(target);
		assertThat(this.http.get("/api/v1/get-users", "access-token", login.get("accessToken").asString()).status())
			.isEqualTo(200);
	}

	@Test
	void roleChangeErrors() {
		Http.Reply unknown = this.http.put("/api/v1/update-user",
				"{\"email\":\"" + uniqueEmail() + "\",\"role\":\"admin\"}", "access-token", this.admin);
		Http.Reply badRole = this.http.put("/api/v1/update-user",
				"{\"email\":\"" + newUser("Any").email() + "\",\"role\":\"root\"}", "access-token", this.admin);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).isEqualTo("{\"success\":false,\"message\":\"User not found\"}");
		assertThat(badRole.status()).isEqualTo(422);
	}

	@Test
	void deletingAUserEndsTheirSessionsAndIsAnnounced() {
		User target = newUser("Leaving");
		String targetToken = accessToken(target);

		Http.Reply reply = this.http.delete("/api/v1/delete-user/" + target.id(), null, "access-token", this.admin);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).isEqualTo("{\"success\":true,\"message\":\"User deleted successfully\"}");
		assertThat(this.http.get("/api/v1/me", "access-token", targetToken).status()).isEqualTo(401);
		assertThat(login(target.email(), PASSWORD).status()).isEqualTo(401);
		assertThat(this.users.findById(target.id())).isEmpty();
		awaitEvents(Topics.IDENTITY_USER, ofType("UserDeleted", target.id()), 1);
		awaitSessionEvents("user-deleted", target, 1);
		Http.Reply again = this.http.delete("/api/v1/delete-user/" + target.id(), null, "access-token", this.admin);
		assertThat(again.status()).isEqualTo(404);
		assertThat(body(again).get("message").asString()).isEqualTo("User not found");
	}

	@Test
	void theBodyFormDeletesTooAndAMalformedIdIsABadRequest() {
		User target = newUser("Body");

		Http.Reply reply = this.http.delete("/api/v1/delete-user", "{\"id\":\"" + target.id() + "\"}", "access-token",
				this.admin);
		Http.Reply malformed = this.http.delete("/api/v1/delete-user/not-an-id", null, "access-token", this.admin);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(this.users.findById(target.id())).isEmpty();
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(this.users.emailTaken(target.email())).isFalse();
	}

}
