package lms.kit.codes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key that seals codes, with its id: the first 16 characters of the Base64url
 * SHA-256 of the key, so the id can never disagree with the key and reveals nothing of
 * it.
 *
 * @param id travels with every sealed value, so the opener picks the key
 * @param key the AES key
 */
public record SealingKey(String id, SecretKey key) {

	static final int BYTES = 32;

	/**
	 * Reads a key written as Base64 (standard or URL alphabet) of 32 random bytes, e.g.
	 * {@code openssl rand -base64 32}. Errors name the property, never the value.
	 */
	public static SealingKey parse(String property, String base64) {
		byte[] bytes;
		try {
			String text = base64.strip();
			bytes = (text.indexOf('-') >= 0 || text.indexOf('_') >= 0) ? Base64.getUrlDecoder().decode(text)
					: Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(property + " is not Base64");
		}
		if (bytes.length != BYTES) {
			throw new IllegalArgumentException(
					property + " must be " + BYTES + " bytes in Base64 (openssl rand -base64 32), not " + bytes.length);
		}
		SealingKey key = new SealingKey(id(bytes), new SecretKeySpec(bytes, "AES"));
		Arrays.fill(bytes, (byte) 0);
		return key;
	}

	private static String id(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return new String(Base64.getUrlEncoder().withoutPadding().encode(digest), StandardCharsets.US_ASCII)
				.substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Never prints the key. */
	@Override
	public String toString() {
		return "SealingKey[id=" + this.id + "]";
	}

}
