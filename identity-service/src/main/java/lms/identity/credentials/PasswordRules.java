package lms.identity.credentials;

import lms.identity.password.PasswordProperties;
import lms.kit.web.ApiException;

/**
 * The accepted password lengths: at least 6 as in the original, bounded above so hashing
 * stays cheap.
 */
final class PasswordRules {

	private PasswordRules() {
	}

	static void check(String password, PasswordProperties policy) {
		if (password.length() < policy.minLength()) {
			throw ApiException.unprocessable("Password must be at least " + policy.minLength() + " characters");
		}
		if (password.length() > policy.maxLength()) {
			throw ApiException.unprocessable("Password must be at most " + policy.maxLength() + " characters");
		}
	}

}
