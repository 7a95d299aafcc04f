package lms.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import io.jsonwebtoken.Jwts;
import lms.identity.keys.KeyRing;
import lms.identity.keys.SigningKey;
import lms.kit.security.SecurityProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens with the current key (ES256, {@code kid} in the header):
 * {@code sub} the user id, {@code sid} the session, {@code role}, {@code iss},
 * {@code aud}, {@code iat}, {@code exp}, {@code jti}.
 */
@Component
@EnableConfigurationProperties(TokenProperties.class)
public class AccessTokens {

	private final KeyRing keys;

	private final SecurityProperties security;

	private final TokenProperties properties;

	private final Clock clock;

	AccessTokens(KeyRing keys, SecurityProperties security, TokenProperties properties, Clock clock) {
		this.keys = keys;
		this.security = security;
		this.properties = properties;
		this.clock = clock;
	}

	public IssuedAccessToken issue(String userId, String sessionId, String role) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.accessTokenLifetime());
		SigningKey key = this.keys.current();
		String token = Jwts.builder()
			.header()
			.keyId(key.kid())
			.and()
			.issuer(this.security.issuer())
			.audience()
			.add(this.security.audience())
			.and()
			.subject(userId)
			.claim("sid", sessionId)
			.claim("role", role)
			.issuedAt(Date.from(now))
			.expiration(Date.from(expiresAt))
			.id(UUID.randomUUID().toString())
			.signWith(key.privateKey(), Jwts.SIG.ES256)
			.compact();
		return new IssuedAccessToken(token, expiresAt);
	}

	/** The latest expiry of any access token issued from now on. */
	public Instant latestExpiryFromNow() {
		return this.clock.instant().plus(this.properties.accessTokenLifetime());
	}

}
