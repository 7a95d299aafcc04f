package lms.kit.security;

import java.util.Arrays;

/**
 * The caller of a request, taken from its verified access token. Controllers declare it
 * as a parameter; a request without a valid token never reaches them.
 */
public record AuthenticatedUser(String userId, String sessionId, String role) {

	public static final String ADMIN = "admin";

	public static AuthenticatedUser of(VerifiedToken token) {
		return new AuthenticatedUser(token.userId(), token.sessionId(), token.role());
	}

	public boolean isAdmin() {
		return ADMIN.equals(this.role);
	}

	/**
	 * This user if their role is one of {@code roles}, else {@link AccessDeniedException}
	 * (403 with the original server's message).
	 */
	public AuthenticatedUser requireRole(String... roles) {
		if (!Arrays.asList(roles).contains(this.role)) {
			throw new AccessDeniedException("Role: " + this.role + " is not allowed to access this resource");
		}
		return this;
	}

	public AuthenticatedUser requireAdmin() {
		return requireRole(ADMIN);
	}

}
