package lms.kit.security;

/**
 * The caller is known but their role may not do this: 403.
 */
public class AccessDeniedException extends HttpAuthException {

	public AccessDeniedException(String message) {
		super(403, message);
	}

}
