package lms.kit.security;

/**
 * No valid access token came with a request that needs one: 401.
 */
public class AuthenticationRequiredException extends HttpAuthException {

	public static final String LOGIN_REQUIRED = "Please login to access this resource";

	public static final String TOKEN_EXPIRED = "Access token expired";

	public AuthenticationRequiredException(String message) {
		super(401, message);
	}

	public static AuthenticationRequiredException loginRequired() {
		return new AuthenticationRequiredException(LOGIN_REQUIRED);
	}

	/** The answer for a token that failed verification. */
	public static AuthenticationRequiredException of(InvalidTokenException ex) {
		return new AuthenticationRequiredException(ex.isExpired() ? TOKEN_EXPIRED : LOGIN_REQUIRED);
	}

}
