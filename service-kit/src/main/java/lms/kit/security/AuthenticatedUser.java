package lms.kit.security;

import java.util.Arrays;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller of a request, taken from its verified access token. Controllers declare it
 * as a parameter; a request without a valid token never reaches them.
 */
public record AuthenticatedUser(String userId, String sessionId, String role) {

	public static final String ADMIN = "admin";

	public static AuthenticatedUser of(Jwt token) {
		return new AuthenticatedUser(token.getSubject(), token.getClaimAsString(TokenDecoders.SESSION_CLAIM),
				token.getClaimAsString(TokenDecoders.ROLE_CLAIM));
	}

	/** The original server's words for a role that may not do something. */
	public static String refusal(String role) {
		return "Role: " + role + " is not allowed to access this resource";
	}

	public boolean isAdmin() {
		return ADMIN.equals(this.role);
	}

	/**
	 * This user if their role is one of {@code roles}, else Spring Security's
	 * {@link AccessDeniedException} (403 with the original server's message).
	 */
	public AuthenticatedUser requireRole(String... roles) {
		if (!Arrays.asList(roles).contains(this.role)) {
			throw new AccessDeniedException(refusal(this.role));
		}
		return this;
	}

	public AuthenticatedUser requireAdmin() {
		return requireRole(ADMIN);
	}

}
