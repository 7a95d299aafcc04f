package lms.identity.social;

import java.time.Duration;
import java.util.Map;

import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.support.OidcIssuer;
import lms.identity.user.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SocialAuthTest extends IdentityTest {

	@Test
	void aVerifiedIdTokenCreatesTheAccountAndSignsIn() {
		String email = uniqueEmail();

		Http.Reply reply = social(OidcIssuer.shared().idToken(email, "Sofia Social"));

		assertThat(reply.status()).isEqualTo(200);
		JsonNode body = body(reply);
		assertThat(body.get("user").get("email").asString()).isEqualTo(email);
		assertThat(body.get("user").get("name").asString()).isEqualTo("Sofia Social");
		assertThat(body.get("accessToken").asString()).isNotBlank();
		assertThat(reply.cookie("refresh_token")).isEqualTo(body.get("refreshToken").asString());
		User user = this.users.findByEmail(email).orElseThrow();
		assertThat(user.hasPassword()).isFalse();
		JsonNode registered = this.json
			.readTree(awaitEvents(Topics.IDENTITY_USER, ofType("UserRegistered", user.id()), 1).get(0).value());
		assertThat(registered.get("via").asString()).isEqualTo("social");
		assertThat(login(email, "anything").status()).isEqualTo(401);
	}

	@Test
	void anExistingAccountIsLinkedByItsVerifiedEmail() {
		User user = newUser("Linked");

		Http.Reply reply = social(OidcIssuer.shared().idToken(user.email().toUpperCase(), "Whatever"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(body(reply).get("user").get("_id").asString()).isEqualTo(user.id());
		assertThat(body(reply).get("user").get("name").asString()).isEqualTo("Linked");
	}

	@Test
	void aBareEmailWithoutProofIsRefused() {
		User admin = this.users.findByEmail(ADMIN_EMAIL).orElseThrow();

		Http.Reply reply = this.http.post("/api/v1/social-auth",
				"{\"email\":\"" + admin.email() + "\",\"name\":\"Mallory\",\"avatar\":\"x\"}");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(body(reply).get("message").asString()).isEqualTo(SocialController.PROOF_REQUIRED);
		assertThat(reply.cookies()).isEmpty();
	}

	@Test
	void forgedExpiredForeignOrUnverifiedTokensAreRefused() {
		String email = uniqueEmail();
		OidcIssuer issuer = OidcIssuer.shared();

		assertRefused(issuer.forgedIdToken(email));
		assertRefused(issuer.idToken(Map.of("email", email, "email_verified", true), OidcIssuer.CLIENT_ID,
				Duration.ofMinutes(-5)));
		assertRefused(issuer.idToken(Map.of("email", email, "email_verified", true), "someone-elses-client",
				Duration.ofMinutes(5)));
		assertRefused(issuer.idToken(Map.of("email", email, "email_verified", false), OidcIssuer.CLIENT_ID,
				Duration.ofMinutes(5)));
		assertRefused(issuer.idToken(Map.of("email_verified", true), OidcIssuer.CLIENT_ID, Duration.ofMinutes(5)));
		assertRefused("not.a.token");
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	private void assertRefused(String idToken) {
		Http.Reply reply = social(idToken);
		assertThat(reply.status()).as(idToken).isEqualTo(401);
		assertThat(body(reply).get("message").asString()).isEqualTo(IdTokenVerifier.INVALID);
	}

	private Http.Reply social(String idToken) {
		return this.http.post("/api/v1/social-auth", "{\"idToken\":\"" + idToken + "\"}");
	}

}
