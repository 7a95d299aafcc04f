package lms.kit.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import lms.testkit.MutableClock;
import lms.testkit.SigningKey;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenDecodersTest {

	static final SigningKey KEY = SigningKey.ec("ec-1");

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

	final TokenDecoders decoders = new TokenDecoders(new ImmutableJWKSet<>(new JWKSet(KEY.jwk().toPublicJWK())),
			SecurityProperties.of("unused"), this.clock, List.of());

	@Test
	void acceptsIdentitysES256Token() {
		Jwt token = this.decoders.accessTokens().decode(KEY.token("u1", "user", now()));
		AuthenticatedUser user = AuthenticatedUser.of(token);
		assertThat(user).isEqualTo(new AuthenticatedUser("u1", "session-u1", "user"));
		assertThat(token.getId()).isEqualTo("jti-u1");
		assertThat(token.getExpiresAt()).isEqualTo(now().plusSeconds(300));
	}

	@Test
	void allowsTwoSecondsOfSkewButRefusesATokenFiveSecondsPastExpiry() {
		String token = KEY.token("u1", "user", now());
		this.clock.advance(Duration.ofSeconds(301));
		assertThat(this.decoders.accessTokens().decode(token).getSubject()).isEqualTo("u1");
		this.clock.advance(Duration.ofSeconds(4));
		assertRefused(token, Refusal.TOKEN_EXPIRED);
	}

	@Test
	void refusesWrongIssuerOrAudience() {
		assertRefused(KEY.sign(null, KEY.claims("u1", "user", now()).issuer("someone-else").build()),
				Refusal.LOGIN_REQUIRED);
		assertRefused(KEY.sign(null, KEY.claims("u1", "user", now()).audience("other").build()),
				Refusal.LOGIN_REQUIRED);
	}

	@Test
	void refusesTokensWithoutSessionOrRole() {
		assertRefused(KEY.sign(null, KEY.claims("u1", "user", now()).claim("sid", null).build()),
				Refusal.LOGIN_REQUIRED);
		assertRefused(KEY.sign(null, KEY.claims("u1", "user", now()).claim("role", null).build()),
				Refusal.LOGIN_REQUIRED);
	}

	@Test
	void refusesTokenSignedByAKeyNotInTheJwks() {
		assertRefused(SigningKey.ec("ec-1").token("u1", "admin", now()), Refusal.LOGIN_REQUIRED);
		assertRefused(SigningKey.ec("forged").token("u1", "admin", now()), Refusal.LOGIN_REQUIRED);
	}

	@Test
	void refusesUnsignedAndHmacTokens() throws JOSEException {
		String none = new PlainJWT(KEY.claims("u1", "admin", now()).build()).serialize();
		assertRefused(none, Refusal.LOGIN_REQUIRED);
		SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("ec-1").build(),
				KEY.claims("u1", "admin", now()).build());
		hs256.sign(new MACSigner(KEY.jwk().toPublicJWK().toJSONString().repeat(2).getBytes(StandardCharsets.UTF_8)));
		assertRefused(hs256.serialize(), Refusal.LOGIN_REQUIRED);
	}

	@Test
	void refusesGarbageAndTampering() {
		assertRefused("not-a-jwt", Refusal.LOGIN_REQUIRED);
		String token = KEY.token("u1", "user", now());
		assertRefused(token.substring(0, token.length() - 4) + "AAAA", Refusal.LOGIN_REQUIRED);
		String[] parts = token.split("\\.");
		String admin = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
				.replace("\"user\"", "\"admin\"")
				.getBytes(StandardCharsets.UTF_8));
		assertRefused(parts[0] + "." + admin + "." + parts[2], Refusal.LOGIN_REQUIRED);
	}

	@Test
	void anyAgeDecoderReadsExpiredTokensButStillChecksSignatureAndClaims() {
		String token = KEY.token("u1", "user", now());
		this.clock.advance(Duration.ofHours(1));
		Jwt expired = this.decoders.accessTokensOfAnyAge().decode(token);
		assertThat(this.decoders.expiry().isExpired(expired.getExpiresAt())).isTrue();
		assertThatThrownBy(
				() -> this.decoders.accessTokensOfAnyAge().decode(SigningKey.ec("ec-1").token("u1", "admin", now())))
			.isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> this.decoders.accessTokensOfAnyAge()
			.decode(KEY.sign(null, KEY.claims("u1", "user", now()).issuer("x").build())))
			.isInstanceOf(BadJwtException.class);
	}

	@Test
	void serviceAndUserTokensNeverPassForEachOther() throws Exception {
		String service = KEY.serviceToken("course", "users:read", now());
		assertThat(this.decoders.serviceTokens().decode(service).getClaimAsString("scope")).isEqualTo("users:read");
		assertRefused(service, Refusal.LOGIN_REQUIRED);
		String user = KEY.token("u1", "admin", now());
		assertThatThrownBy(() -> this.decoders.serviceTokens().decode(user)).isInstanceOf(BadJwtException.class);
		String untyped = KEY.sign(null, SignedJWT.parse(service).getJWTClaimsSet());
		assertThatThrownBy(() -> this.decoders.serviceTokens().decode(untyped)).isInstanceOf(BadJwtException.class);
	}

	@Test
	void serviceTokenVerifierNamesTheCallerOnlyWithTheScope() {
		ServiceTokenVerifier verifier = verifier();
		String token = KEY.serviceToken("gateway", "sessions:refresh", now());
		assertThat(verifier.verify(token, "sessions:refresh"))
			.hasValueSatisfying((caller) -> assertThat(caller.clientId()).isEqualTo("gateway"));
		assertThat(verifier.verify(token, "users:read")).isEmpty();
		assertThat(verifier.verify(KEY.token("u1", "admin", now()), "sessions:refresh")).isEmpty();
		assertThat(verifier.verify(null, "sessions:refresh")).isEmpty();
	}

	@Test
	void aRememberedServiceTokenIsStillRefusedOnceItExpiresAndOnlyItsExactTextIsRemembered() {
		ServiceTokenVerifier verifier = verifier();
		String token = KEY.serviceToken("gateway", "client-address:vouch", now());
		assertThat(verifier.verify(token, "client-address:vouch")).isPresent();
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
		assertThat(verifier.verify(tampered, "client-address:vouch")).isEmpty();
		this.clock.advance(Duration.ofSeconds(301));
		assertThat(verifier.verify(token, "client-address:vouch")).isPresent();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(verifier.verify(token, "client-address:vouch")).isEmpty();
	}

	private ServiceTokenVerifier verifier() {
		return new ServiceTokenVerifier(this.decoders.serviceTokens(), this.clock, Duration.ofSeconds(2));
	}

	private void assertRefused(String token, Refusal refusal) {
		JwtDecoder decoder = this.decoders.accessTokens();
		assertThatThrownBy(() -> decoder.decode(token)).isInstanceOfSatisfying(JwtException.class,
				(ex) -> assertThat(Refusal.of(ex)).isEqualTo(refusal));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
