package lms.kit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token past {@code exp} plus the clock skew with an error code of its own, so
 * the answer can say "Access token expired" rather than "Please login" (Spring's
 * {@code JwtTimestampValidator} still checks {@code nbf} and a missing {@code exp}).
 */
public final class TokenExpiry implements OAuth2TokenValidator<Jwt> {

	public static final String ERROR = "token_expired";

	private final Duration clockSkew;

	private final Clock clock;

	public TokenExpiry(Duration clockSkew, Clock clock) {
		this.clockSkew = clockSkew;
		this.clock = clock;
	}

	/** Whether a token expiring at {@code expiresAt} is past its time, skew included. */
	public boolean isExpired(Instant expiresAt) {
		return expiresAt == null || this.clock.instant().minus(this.clockSkew).isAfter(expiresAt);
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		if (token.getExpiresAt() != null && isExpired(token.getExpiresAt())) {
			return OAuth2TokenValidatorResult
				.failure(new OAuth2Error(ERROR, "Jwt expired at " + token.getExpiresAt(), null));
		}
		return OAuth2TokenValidatorResult.success();
	}

}
