package lms.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lms.kit.security.SecurityProperties;
import lms.kit.security.TokenDecoders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

/**
 * Signs users' access tokens: {@code sub} the user id, {@code sid} the session,
 * {@code role}, {@code iss}, {@code aud}, {@code iat}, {@code exp}, {@code jti}.
 */
@Component
@EnableConfigurationProperties(TokenProperties.class)
public class AccessTokens {

	private final TokenSigner signer;

	private final SecurityProperties security;

	private final TokenProperties properties;

	private final Clock clock;

	AccessTokens(TokenSigner signer, SecurityProperties security, TokenProperties properties, Clock clock) {
		this.signer = signer;
		this.security = security;
		this.properties = properties;
		this.clock = clock;
	}

	public IssuedAccessToken issue(String userId, String sessionId, String role) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.accessTokenLifetime());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.security.issuer())
			.audience(List.of(this.security.audience()))
			.subject(userId)
			.claim(TokenDecoders.SESSION_CLAIM, sessionId)
			.claim(TokenDecoders.ROLE_CLAIM, role)
			.issuedAt(now)
			.expiresAt(expiresAt)
			.id(UUID.randomUUID().toString())
			.build();
		return new IssuedAccessToken(this.signer.sign(null, claims), expiresAt);
	}

	/** The latest expiry of any access token issued from now on. */
	public Instant latestExpiryFromNow() {
		return this.clock.instant().plus(this.properties.accessTokenLifetime());
	}

}
