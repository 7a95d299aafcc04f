package lms.identity.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import lms.identity.keys.KeyRing;
import lms.identity.keys.SigningKey;
import lms.identity.support.IdentityTest;
import lms.identity.support.Jws;
import lms.identity.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way to forge or misuse an access token is refused with 401 on an authenticated
 * endpoint.
 */
class TokenAttackTest extends IdentityTest {

	@Autowired
	KeyRing keys;

	User user;

	String sessionId;

	@BeforeEach
	void loggedIn() {
		this.user = newUser("Target");
		String access = accessToken(this.user);
		this.sessionId = claims(access).get("sid").asString();
	}

	@Test
	void aGenuineTokenWorks() {
		assertAccepted(sign(this.keys.current(), (builder) -> {
		}));
	}

	@Test
	void aTokenSignedWithThePreviousKeyStillWorks() {
		assertAccepted(sign(this.keys.previous(), (builder) -> {
		}));
	}

	@Test
	void algNoneIsRefused() {
		String header = base64("{\"alg\":\"none\",\"kid\":\"" + this.keys.current().kid() + "\"}");
		String genuine = sign(this.keys.current(), (builder) -> {
		});
		assertRefused(header + "." + genuine.split("\\.")[1] + ".");
	}

	@Test
	void hs256SignedWithThePublicKeyIsRefused() throws JOSEException {
		byte[] publicKey = this.keys.current().publicKey().getEncoded();
		String token = Jws.sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.keys.current().kid()).build(),
				claimsBuilder().build(), new MACSigner(publicKey));
		assertRefused(token);
	}

	@Test
	void anExpiredTokenIsRefused() {
		assertRefused(sign(this.keys.current(),
				(builder) -> builder.expirationTime(Date.from(Instant.now().minusSeconds(120)))));
	}

	@Test
	void anUnknownKeyIdIsRefused() {
		assertRefused(sign(SigningKey.generate(), (builder) -> {
		}));
	}

	@Test
	void aTamperedPayloadIsRefused() {
		String genuine = sign(this.keys.current(), (builder) -> {
		});
		String[] parts = genuine.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"role\":\"user\"", "\"role\":\"admin\"");
		assertThat(payload).contains("\"role\":\"admin\"");
		assertRefused(parts[0] + "." + base64(payload) + "." + parts[2]);
	}

	@Test
	void aWrongIssuerOrAudienceIsRefused() {
		assertRefused(sign(this.keys.current(), (builder) -> builder.issuer("someone-else")));
		assertRefused(sign(this.keys.current(), (builder) -> builder.audience("other")));
	}

	@Test
	void aTokenOfARevokedSessionIsRefused() {
		String access = sign(this.keys.current(), (builder) -> {
		});
		assertAccepted(access);
		assertThat(this.http.get("/api/v1/logout", "access-token", access).status()).isEqualTo(200);

		assertRefused(access);
	}

	@Test
	void aReplayedRotatedRefreshTokenIsRefusedAndRevokesTheSession() {
		JsonNode login = loggedIn(this.user);
		String first = login.get("refreshToken").asString();
		assertThat(this.http.get("/api/v1/refresh", "refresh-token", first).status()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(30));

		assertThat(this.http.get("/api/v1/refresh", "refresh-token", first).status()).isEqualTo(401);
		assertRefused(login.get("accessToken").asString());
	}

	private void assertAccepted(String token) {
		assertThat(this.http.get("/api/v1/me", "Authorization", "Bearer " + token).status()).isEqualTo(200);
	}

	private void assertRefused(String token) {
		var reply = this.http.get("/api/v1/me", "Authorization", "Bearer " + token);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(body(reply).get("success").asBoolean()).isFalse();
		assertThat(body(reply).get("message").asString()).isNotBlank();
	}

	private String sign(SigningKey key, Consumer<JWTClaimsSet.Builder> change) {
		JWTClaimsSet.Builder claims = claimsBuilder();
		change.accept(claims);
		return Jws.es256(key, claims.build());
	}

	private JWTClaimsSet.Builder claimsBuilder() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer("lms-identity")
			.audience("lms")
			.subject(this.user.id())
			.claim("sid", this.sessionId)
			.claim("role", "user")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString());
	}

	private JsonNode claims(String jws) {
		return this.json.readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[1]));
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
