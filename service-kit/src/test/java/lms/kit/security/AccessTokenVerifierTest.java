package lms.kit.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import lms.kit.security.InvalidTokenException.Reason;
import lms.testkit.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenVerifierTest {

	static final TestKey EC = TestKey.ec("ec-1");

	static final TestKey ED = TestKey.ed25519("ed-1");

	static JwksStub identity;

	MutableClock clock;

	AccessTokenVerifier verifier;

	@BeforeAll
	static void startIdentity() throws Exception {
		identity = JwksStub.start(EC, ED);
	}

	@AfterAll
	static void stopIdentity() {
		identity.close();
	}

	@BeforeEach
	void newVerifier() {
		this.clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		SecurityProperties properties = SecurityProperties.of(identity.url());
		JwksKeySource keys = new JwksKeySource(URI.create(identity.url()), properties.jwksRefreshMinInterval(),
				properties.jwksMaxAge(), this.clock);
		this.verifier = new AccessTokenVerifier(keys, properties, this.clock);
	}

	@Test
	void acceptsES256Token() {
		VerifiedToken token = this.verifier.verify(EC.token("u1", "user", now()));
		assertThat(token.userId()).isEqualTo("u1");
		assertThat(token.sessionId()).isEqualTo("session-u1");
		assertThat(token.role()).isEqualTo("user");
		assertThat(token.tokenId()).isEqualTo("jti-u1");
		assertThat(token.issuedAt()).isEqualTo(now());
		assertThat(token.expiresAt()).isEqualTo(now().plusSeconds(300));
	}

	@Test
	void acceptsEdDsaToken() {
		assertThat(this.verifier.verify(ED.token("u2", "admin", now())).role()).isEqualTo("admin");
	}

	@Test
	void rejectsExpiredTokenBeyondClockSkew() {
		String token = EC.token("u1", "user", now());
		this.clock.advance(Duration.ofSeconds(300 + 20));
		assertThat(this.verifier.verify(token).userId()).isEqualTo("u1");
		this.clock.advance(Duration.ofSeconds(20));
		assertRejected(token, Reason.EXPIRED);
	}

	@Test
	void rejectsWrongIssuerOrAudience() {
		assertRejected(EC.claims("u1", "user", now()).issuer("someone-else").compact(),
				Reason.WRONG_ISSUER_OR_AUDIENCE);
		String otherAudience = EC.claims("u1", "user", now()).claim("aud", "other").compact();
		assertRejected(otherAudience, Reason.WRONG_ISSUER_OR_AUDIENCE);
	}

	@Test
	void rejectsTokenSignedByKeyNotInJwks() {
		TestKey forger = TestKey.ec("ec-1");
		assertRejected(forger.token("u1", "admin", now()), Reason.BAD_SIGNATURE);
		assertRejected(TestKey.ed25519("forged").token("u1", "admin", now()), Reason.UNKNOWN_KEY);
	}

	@Test
	void rejectsUnsignedToken() {
		String none = Jwts.builder()
			.issuer("lms-identity")
			.audience()
			.add("lms")
			.and()
			.subject("u1")
			.expiration(Date.from(now().plusSeconds(300)))
			.compact();
		assertThat(none).endsWith(".");
		assertRejected(none, Reason.BAD_SIGNATURE);
	}

	@Test
	void rejectsHmacTokenSignedWithPublicKeyBytes() {
		byte[] publicBytes = EC.pair().getPublic().getEncoded();
		String hs256 = EC.claims("u1", "admin", now())
			.signWith(Keys.hmacShaKeyFor(publicBytes), Jwts.SIG.HS256)
			.compact();
		assertRejected(hs256, Reason.BAD_SIGNATURE);
	}

	@Test
	void rejectsGarbage() {
		assertRejected("not-a-jwt", Reason.MALFORMED);
		assertRejected("", Reason.MALFORMED);
		String token = EC.token("u1", "user", now());
		assertRejected(token.substring(0, token.length() - 4) + "AAAA", Reason.BAD_SIGNATURE);
	}

	@Test
	void verifyAllowingExpiredReturnsClaimsOfExpiredToken() {
		String token = EC.token("u1", "user", now());
		this.clock.advance(Duration.ofHours(3));
		assertRejected(token, Reason.EXPIRED);
		VerifiedToken expired = this.verifier.verifyAllowingExpired(token);
		assertThat(expired.userId()).isEqualTo("u1");
		assertThat(expired.isExpiredAt(this.clock.instant())).isTrue();
	}

	@Test
	void verifyAllowingExpiredStillChecksSignatureIssuerAndAudience() {
		String forged = TestKey.ec("ec-1").token("u1", "admin", now());
		String foreignIssuer = EC.claims("u1", "user", now()).issuer("evil").compact();
		this.clock.advance(Duration.ofHours(3));
		assertThatThrownBy(() -> this.verifier.verifyAllowingExpired(forged)).isInstanceOfSatisfying(
				InvalidTokenException.class, (ex) -> assertThat(ex.reason()).isEqualTo(Reason.BAD_SIGNATURE));
		assertThatThrownBy(() -> this.verifier.verifyAllowingExpired(foreignIssuer)).isInstanceOfSatisfying(
				InvalidTokenException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(Reason.WRONG_ISSUER_OR_AUDIENCE));
	}

	@Test
	void unsignedPayloadTamperingIsRejected() {
		String token = EC.token("u1", "user", now());
		String[] parts = token.split("\\.");
		String admin = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
				.replace("\"user\"", "\"admin\"")
				.getBytes(StandardCharsets.UTF_8));
		assertRejected(parts[0] + "." + admin + "." + parts[2], Reason.BAD_SIGNATURE);
	}

	private Instant now() {
		return this.clock.instant();
	}

	private void assertRejected(String token, Reason reason) {
		assertThatThrownBy(() -> this.verifier.verify(token)).isInstanceOfSatisfying(InvalidTokenException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
