package lms.identity.registration;

import java.security.SecureRandom;
import java.util.Base64;

import lms.kit.codes.CodeDigest;

import org.springframework.stereotype.Component;

/**
 * Activation tokens and codes from a cryptographically secure generator; codes are stored
 * only as a keyed digest ({@link CodeDigest}).
 */
@Component
public class ActivationSecrets {

	private final SecureRandom random = new SecureRandom();

	private final CodeDigest digests;

	public ActivationSecrets(CodeDigest digests) {
		this.digests = digests;
	}

	String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public String newCode(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(this.random.nextInt(10));
		}
		return code.toString();
	}

	/**
	 * What is stored of a code: its keyed digest, salted by the registration's token or
	 * the reset's user, so equal codes of two registrations differ.
	 */
	public String digest(String salt, String code) {
		return this.digests.digest(salt, code);
	}

	/** Whether a presented code is the one stored as the digest, in constant time. */
	public boolean matches(String salt, String code, String stored) {
		return this.digests.matches(salt, code, stored);
	}

}
