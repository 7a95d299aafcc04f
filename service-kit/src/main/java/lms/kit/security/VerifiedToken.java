package lms.kit.security;

import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims of a user's access token whose signature, issuer, audience and claims were
 * verified (its age aside).
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

	/** The claims of a token the decoder accepted. */
	public static VerifiedToken of(Jwt token) {
		return new VerifiedToken(token.getSubject(), token.getClaimAsString(TokenDecoders.SESSION_CLAIM),
				token.getClaimAsString(TokenDecoders.ROLE_CLAIM), token.getExpiresAt(), token.getIssuedAt(),
				token.getId());
	}

	public boolean isExpiredAt(Instant instant) {
		return !expiresAt.isAfter(instant);
	}

}
