package lms.kit.security;

/**
 * An access token that must not be trusted; the message is a short reason fit for logs.
 */
public class InvalidTokenException extends RuntimeException {

	private final Reason reason;

	public InvalidTokenException(Reason reason) {
		this(reason, null);
	}

	public InvalidTokenException(Reason reason, Throwable cause) {
		super(reason.text(), cause, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	public boolean isExpired() {
		return this.reason == Reason.EXPIRED;
	}

	public enum Reason {

		EXPIRED("expired"), BAD_SIGNATURE("bad signature"), MALFORMED("malformed"), UNKNOWN_KEY("unknown key"),
		WRONG_ISSUER_OR_AUDIENCE("wrong issuer/audience"), NOT_YET_VALID("not yet valid"),
		/** No key is known at all because identity's JWKS could not be fetched yet. */
		KEYS_UNAVAILABLE("keys unavailable");

		private final String text;

		Reason(String text) {
			this.text = text;
		}

		public String text() {
			return this.text;
		}

	}

}
