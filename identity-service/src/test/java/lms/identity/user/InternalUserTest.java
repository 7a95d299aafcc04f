package lms.identity.user;

import java.time.Instant;

import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

class InternalUserTest extends IdentityTest {

	@Test
	void courseServiceReadsALiveUsersContactAndSnapshotWithItsServiceToken() {
		User user = newUser("Ivy Internal");
		this.users.update(user.id(),
				new Update().set(User.AVATAR, new User.Avatar("avatars/ivy", "https://res.cloudinary.test/ivy.png")));

		Http.Reply reply = this.http.get("/internal/users/" + user.id(), "Authorization", course());

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode body = body(reply);
		assertThat(body.get("_id").asString()).isEqualTo(user.id());
		assertThat(body.get("name").asString()).isEqualTo("Ivy Internal");
		assertThat(body.get("email").asString()).isEqualTo(user.email());
		assertThat(body.get("role").asString()).isEqualTo("user");
		assertThat(body.get("avatar").get("public_id").asString()).isEqualTo("avatars/ivy");
		assertThat(body.get("avatar").get("url").asString()).isEqualTo("https://res.cloudinary.test/ivy.png");
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("_id", "name", "email", "avatar", "role");
	}

	@Test
	void aUserWithoutAvatarIsAnsweredWithoutOne() {
		User user = newUser("No Picture");

		JsonNode body = body(this.http.get("/internal/users/" + user.id(), "Authorization", course()));

		assertThat(body.has("avatar")).isFalse();
		assertThat(body.get("email").asString()).isEqualTo(user.email());
	}

	@Test
	void unknownMalformedAndDeletedUsersAreNotFoundInTheContractShape() {
		User deleted = newUser("Gone");
		this.users.update(deleted.id(), new Update().set(User.DELETED_AT, Instant.now()));

		for (String id : new String[] { new ObjectId().toHexString(), "not-an-id", deleted.id() }) {
			Http.Reply reply = this.http.get("/internal/users/" + id, "Authorization", course());
			assertThat(reply.status()).as(id).isEqualTo(404);
			assertThat(reply.body()).isEqualTo("{\"success\":false,\"message\":\"User not found\"}");
		}
	}

	private String course() {
		return "Bearer " + serviceToken("course", COURSE_SECRET);
	}

}
