package lms.kit.codes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The form in which activation and reset codes are stored: HMAC-SHA256 of a salt and the
 * code under a key derived from the code-sealing key. A plain hash let whoever reads the
 * database try the 10^6 codes against it in a moment; without the key that reader has
 * nothing to try them with. The derived key is never the sealing key itself (one key, one
 * algorithm). Checking also accepts the previous sealing key's digests, so a rotation
 * does not void codes issued just before it.
 */
public final class CodeDigest {

	private static final String HMAC = "HmacSHA256";

	private static final byte[] LABEL = "lms code digest v1".getBytes(StandardCharsets.US_ASCII);

	private final List<SecretKey> keys = new ArrayList<>();

	public CodeDigest(SealingKey current, List<SealingKey> previous) {
		this.keys.add(derived(current));
		previous.forEach((key) -> this.keys.add(derived(key)));
	}

	/** The digest to store for a code, under the current key. */
	public String digest(String salt, String code) {
		return HexFormat.of().formatHex(mac(this.keys.get(0), salt, code));
	}

	/** Whether a presented code is the one whose digest was stored, in constant time. */
	public boolean matches(String salt, String code, String stored) {
		if (stored == null) {
			return false;
		}
		byte[] expected = stored.getBytes(StandardCharsets.US_ASCII);
		boolean matched = false;
		for (SecretKey key : this.keys) {
			byte[] presented = HexFormat.of().formatHex(mac(key, salt, code)).getBytes(StandardCharsets.US_ASCII);
			matched |= MessageDigest.isEqual(presented, expected);
		}
		return matched;
	}

	private static byte[] mac(SecretKey key, String salt, String code) {
		Mac mac = newMac(key);
		mac.update(salt.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		return mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
	}

	private static SecretKey derived(SealingKey sealing) {
		return new SecretKeySpec(newMac(new SecretKeySpec(sealing.key().getEncoded(), HMAC)).doFinal(LABEL), HMAC);
	}

	private static Mac newMac(SecretKey key) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
