package lms.notification.socketio;

import java.util.Optional;

/**
 * Whose a token is, when it is valid. The one seam through which the Socket.IO endpoint
 * verifies tokens, so it follows whatever verifies them for the rest of the service.
 */
@FunctionalInterface
interface AccessTokenCheck {

	Optional<Caller> verify(String token);

	/** A verified caller. */
	record Caller(String userId, String sessionId, String role) {

		boolean isAdmin() {
			return "admin".equals(this.role);
		}

	}

}
