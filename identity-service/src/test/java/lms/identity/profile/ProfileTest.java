package lms.identity.profile;

import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileTest extends IdentityTest {

	@Test
	void renamingAnswersTheUserAndAnnouncesTheNewName() {
		User user = newUser("Old Name");
		String access = accessToken(user);

		Http.Reply reply = this.http.put("/api/v1/update-user-info", "{\"name\":\" New Name \"}", "access-token",
				access);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(body(reply).get("user").get("name").asString()).isEqualTo("New Name");
		assertThat(reply.body()).doesNotContain("argon2").doesNotContain("passwordHash");
		assertThat(this.users.findById(user.id()).orElseThrow().name()).isEqualTo("New Name");
		JsonNode event = this.json
			.readTree(awaitEvents(Topics.IDENTITY_USER, ofType("UserProfileUpdated", user.id()), 1).get(0).value());
		assertThat(event.get("name").asString()).isEqualTo("New Name");
	}

	@Test
	void aBlankNameChangesNothingAndATooLongOneIsRefused() {
		User user = newUser("Stays");
		String access = accessToken(user);

		Http.Reply blank = this.http.put("/api/v1/update-user-info", "{}", "access-token", access);
		Http.Reply tooLong = this.http.put("/api/v1/update-user-info", "{\"name\":\"" + "x".repeat(101) + "\"}",
				"access-token", access);

		assertThat(blank.status()).isEqualTo(200);
		assertThat(body(blank).get("user").get("name").asString()).isEqualTo("Stays");
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(this.http.put("/api/v1/update-user-info", "{\"name\":\"X\"}").status()).isEqualTo(401);
	}

}
