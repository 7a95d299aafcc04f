package lms.gateway.refresh;

import java.time.Instant;

/**
 * What identity answers to a successful refresh; {@code shareUntil}: until when the same
 * answer may be handed to another request presenting the same refresh token (absent: only
 * while nothing was rotated).
 */
public record RefreshedTokens(String accessToken, String refreshToken, Instant accessTokenExpiresAt,
		Instant shareUntil) {

	@Override
	public String toString() {
		return "RefreshedTokens[accessTokenExpiresAt=" + this.accessTokenExpiresAt + "]";
	}

}
