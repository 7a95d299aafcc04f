package lms.kit.security;

import java.time.Instant;

/**
 * The claims of an access token whose signature, issuer and audience were verified.
 *
 * @param userId {@code sub}
 * @param sessionId {@code sid}
 * @param role {@code role}
 * @param expiresAt {@code exp}
 * @param issuedAt {@code iat}, may be null
 * @param tokenId {@code jti}, may be null
 */
public record VerifiedToken(String userId, String sessionId, String role, Instant expiresAt, Instant issuedAt,
		String tokenId) {

	public boolean isExpiredAt(Instant instant) {
		return !expiresAt.isAfter(instant);
	}

}
