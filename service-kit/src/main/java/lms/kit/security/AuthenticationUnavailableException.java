package lms.kit.security;

/**
 * A token could not be checked because identity's keys were never obtained: 503, so
 * clients retry instead of logging the user out.
 */
public class AuthenticationUnavailableException extends HttpAuthException {

	public static final String MESSAGE = "Authentication is temporarily unavailable, try again shortly";

	public AuthenticationUnavailableException() {
		super(503, MESSAGE);
	}

}
