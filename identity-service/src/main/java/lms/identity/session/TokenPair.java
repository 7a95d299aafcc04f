package lms.identity.session;

import java.time.Instant;

/**
 * What a login or a refresh hands out.
 */
public record TokenPair(String accessToken, Instant accessTokenExpiresAt, String refreshToken) {

	@Override
	public String toString() {
		return "TokenPair[accessTokenExpiresAt=" + this.accessTokenExpiresAt + "]";
	}

}
