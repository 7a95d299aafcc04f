package lms.identity.token;

import java.time.Instant;

/**
 * A signed access token and when it expires.
 */
public record IssuedAccessToken(String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedAccessToken[expiresAt=" + this.expiresAt + "]";
	}

}
