package lms.identity.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Activation tokens and codes from a cryptographically secure generator; codes are stored
 * only as a keyed hash.
 */
@Component
public class ActivationSecrets {

	private final SecureRandom random = new SecureRandom();

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

	/** The token salts the hash, so equal codes of two registrations hash differently. */
	public String hashCode(String token, String code) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
