package lms.kit.security;

/**
 * A refused request whose answer is {@code status} with {@code message} in the contract's
 * error shape. Kept free of web types so reactive and non-web code can throw it too.
 */
public abstract class HttpAuthException extends RuntimeException {

	private final int status;

	protected HttpAuthException(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	/** The answer to a request whose access token failed verification. */
	public static HttpAuthException rejecting(InvalidTokenException ex) {
		if (ex.reason() == InvalidTokenException.Reason.KEYS_UNAVAILABLE) {
			return new AuthenticationUnavailableException();
		}
		return AuthenticationRequiredException.of(ex);
	}

}
