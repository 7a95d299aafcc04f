package lms.gateway.refresh;

import java.time.Instant;

/** What identity answers to a successful refresh. */
public record RefreshedTokens(String accessToken, String refreshToken, Instant accessTokenExpiresAt) {
}
