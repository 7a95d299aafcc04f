package lms.identity.profile;

import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.media.api.MediaStub;
import lms.identity.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AvatarTest extends IdentityTest {

	private static final String IMAGE = "data:image/png;base64,iVBORw0KGgo=";

	@AfterEach
	void recover() {
		MediaStub.shared().recover();
	}

	@Test
	void aNewAvatarIsStoredAndTheOldImageIsNamedForDeletion() {
		User user = newUser("Pic");
		String access = accessToken(user);

		JsonNode first = body(avatar(access, IMAGE)).get("user").get("avatar");
		Http.Reply second = avatar(access, IMAGE);

		assertThat(second.status()).isEqualTo(200);
		JsonNode avatar = body(second).get("user").get("avatar");
		assertThat(avatar.get("public_id").asString()).startsWith("avatars/");
		assertThat(avatar.get("url").asString()).startsWith("https://");
		assertThat(MediaStub.shared().requests())
			.anySatisfy((request) -> assertThat(request).contains("\"purpose\":\"avatar\"", user.id(), IMAGE));
		var changes = awaitEvents(Topics.IDENTITY_USER, ofType("UserAvatarChanged", user.id()), 2);
		JsonNode last = this.json.readTree(changes.get(1).value());
		assertThat(last.get("oldPublicId").asString()).isEqualTo(first.get("public_id").asString());
		assertThat(last.get("newPublicId").asString()).isEqualTo(avatar.get("public_id").asString());
		JsonNode profile = this.json
			.readTree(awaitEvents(Topics.IDENTITY_USER, ofType("UserProfileUpdated", user.id()), 2).get(1).value());
		assertThat(profile.get("avatarUrl").asString()).isEqualTo(avatar.get("url").asString());
	}

	@Test
	void whenMediaServiceFailsTheUserIsUnchanged() {
		User user = newUser("NoPic");
		String access = accessToken(user);
		MediaStub.shared().failWith(503);

		Http.Reply unavailable = avatar(access, IMAGE);
		MediaStub.shared().failWith(500);
		Http.Reply broken = avatar(access, IMAGE);
		MediaStub.shared().recover();
		Http.Reply refused = avatar(access, "data:text/plain;base64,eA==");

		assertThat(unavailable.status()).isEqualTo(503);
		assertThat(broken.status()).isEqualTo(502);
		assertThat(refused.status()).isEqualTo(415);
		assertThat(body(refused).get("message").asString())
			.isEqualTo("Only PNG, JPEG, GIF or WebP images are accepted");
		User after = this.users.findById(user.id()).orElseThrow();
		assertThat(after.avatar()).isNull();
		assertThat(after.outbox()).isEmpty();
		assertThat(body(this.http.get("/api/v1/me", "access-token", access)).get("user").has("avatar")).isFalse();
	}

	private Http.Reply avatar(String access, String file) {
		return this.http.put("/api/v1/update-user-avatar", "{\"avatar\":\"" + file + "\"}", "access-token", access);
	}

}
