package lms.identity.login;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import lms.kit.security.IdentityKeys;
import lms.kit.security.SecurityProperties;
import lms.kit.security.TokenDecoders;
import lms.testkit.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LoginTest extends IdentityTest {

	@Test
	void loginAnswersTheUserAndBothTokensAndSetsHttpOnlyCookies() {
		User user = newUser("Lena");

		Http.Reply reply = login(user.email(), PASSWORD);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode body = body(reply);
		assertThat(body.get("success").asBoolean()).isTrue();
		JsonNode json = body.get("user");
		assertThat(json.propertyNames()).containsExactlyInAnyOrder("_id", "name", "email", "role", "isVerified",
				"courses", "createdAt", "updatedAt");
		assertThat(json.get("_id").asString()).isEqualTo(user.id()).matches("[0-9a-f]{24}");
		assertThat(json.get("courses").isArray()).isTrue();
		assertThat(reply.body()).doesNotContain("argon2").doesNotContain(PASSWORD).doesNotContain("passwordHash");
		String access = body.get("accessToken").asString();
		String refresh = body.get("refreshToken").asString();
		assertThat(reply.cookie("access_token")).isEqualTo(access);
		assertThat(reply.cookie("refresh_token")).isEqualTo(refresh);
		assertThat(reply.cookies()).allSatisfy((cookie) -> assertThat(cookie).contains("HttpOnly", "Secure",
				"SameSite=Lax", "Path=/", "Max-Age=604800"));
		assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void theKitsVerifierAcceptsTheAccessTokenThroughThePublishedJwks() throws Exception {
		User user = newUser("Vera");
		String access = accessToken(user);
		SecurityProperties properties = SecurityProperties.of("unused");
		JwtDecoder verifier = new TokenDecoders(
				IdentityKeys.remote(URI.create("http://127.0.0.1:" + this.port + "/.well-known/jwks.json"), properties),
				properties, Clock.systemUTC(), List.of())
			.accessTokens();

		Jwt token = verifier.decode(access);

		assertThat(token.getSubject()).isEqualTo(user.id());
		assertThat(token.getClaimAsString("role")).isEqualTo("user");
		assertThat(token.getClaimAsString("sid")).isNotBlank();
		assertThat(token.getId()).isNotBlank();
		assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
		JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("lms-identity");
		assertThat(claims.getAudience()).containsExactly("lms");
		assertThat(this.redis.hasKey("lms:session:" + token.getClaimAsString("sid"))).isTrue();
	}

	@Test
	void aWrongPasswordOrUnknownEmailIsUnauthorizedInTheOriginalWords() {
		User user = newUser("Mia");

		Http.Reply wrong = login(user.email(), "not-the-password");
		Http.Reply unknown = login(uniqueEmail(), PASSWORD);

		String expected = "{\"success\":false,\"message\":\"Invalid email or password\"}";
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.body()).isEqualTo(expected);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.body()).isEqualTo(expected);
		assertThat(wrong.cookies()).isEmpty();
	}

	@Test
	void missingFieldsAreAValidationError() {
		Http.Reply reply = this.http.post("/api/v1/login", "{\"email\":\"a@b.c\"}");

		assertThat(reply.status()).isEqualTo(422);
		assertThat(body(reply).get("message").asString()).contains("Please enter email and password");
	}

	@Test
	void theDemoAdminIsSeededAnnouncedAndCanLogIn() {
		User admin = this.users.findByEmail(ADMIN_EMAIL).orElseThrow();
		assertThat(admin.role()).isEqualTo("admin");
		awaitEvents(Topics.IDENTITY_USER, ofType("UserRegistered", admin.id()), 1);

		Http.Reply reply = login(ADMIN_EMAIL, ADMIN_PASSWORD);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(body(reply).get("user").get("role").asString()).isEqualTo("admin");
	}

	@Test
	void passwordsAndHashesReachNoLogLineRedisValueOrEvent(CapturedOutput output) {
		String email = uniqueEmail();
		String password = "very-distinct-password-42";
		this.http.from(randomIp())
			.post("/api/v1/registration",
					"{\"name\":\"Leak\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		User user = newUser("Quinn");
		login(user.email(), "another-distinct-password-43");
		JsonNode body = loggedIn(user);

		assertThat(output.getAll()).doesNotContain(password)
			.doesNotContain("another-distinct-password-43")
			.doesNotContain("$argon2")
			.doesNotContain(body.get("refreshToken").asString());
		for (String key : this.redis.keys("lms:*")) {
			String type = this.redis.type(key).code();
			String values = switch (type) {
				case "hash" -> this.redis.opsForHash().values(key).toString();
				case "set" -> String.valueOf(this.redis.opsForSet().members(key));
				default -> String.valueOf(this.redis.opsForValue().get(key));
			};
			assertThat(values).doesNotContain("argon2").doesNotContain(PASSWORD).doesNotContain(password);
		}
		awaitEvents(Topics.IDENTITY_USER, ofType("ActivationRequested", email), 1);
		new KafkaProbe(this.brokers).recordsWithin(Topics.IDENTITY_USER, Duration.ofMillis(500))
			.forEach((record) -> assertThat(record.value()).doesNotContain("argon2")
				.doesNotContain(password)
				.doesNotContain("passwordHash"));
	}

}
