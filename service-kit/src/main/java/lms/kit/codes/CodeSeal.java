package lms.kit.codes;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;

/**
 * Seals the activation and password-reset codes that travel on the bus, so only the
 * holders of the key (identity-service, which seals, and notification-service, which
 * mails) can read them: a compact JWE, direct encryption with AES-256-GCM under the
 * current key, whose id rides in the authenticated header. Opening accepts the current
 * and the previous key, so a rotation does not strand codes sealed just before it.
 */
public final class CodeSeal {

	private final SealingKey current;

	private final Map<String, SealingKey> accepted = new LinkedHashMap<>();

	public CodeSeal(SealingKey current, List<SealingKey> previous) {
		this.current = current;
		this.accepted.put(current.id(), current);
		previous.forEach((key) -> this.accepted.putIfAbsent(key.id(), key));
	}

	/** The code sealed under the current key; every call gives a different value. */
	public String seal(String code) {
		JWEObject jwe = new JWEObject(
				new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM).keyID(this.current.id()).build(),
				new Payload(code));
		try {
			jwe.encrypt(new DirectEncrypter(this.current.key()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("AES-256-GCM is not available", ex);
		}
		return jwe.serialize();
	}

	/**
	 * The code inside a sealed value.
	 * @throws UnsealableCodeException when no accepted key opens it (unknown key id,
	 * another algorithm, altered or malformed value); the message never holds the value
	 */
	public String open(String sealed) {
		if (sealed == null || sealed.isBlank()) {
			throw new UnsealableCodeException("No sealed code");
		}
		try {
			JWEObject jwe = JWEObject.parse(sealed);
			JWEHeader header = jwe.getHeader();
			if (!JWEAlgorithm.DIR.equals(header.getAlgorithm())
					|| !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod())
					|| header.getCompressionAlgorithm() != null) {
				throw new UnsealableCodeException("Code sealed with " + header.getAlgorithm() + "/"
						+ header.getEncryptionMethod() + ", only dir/A256GCM is accepted");
			}
			jwe.decrypt(new DirectDecrypter(key(header.getKeyID()).key()));
			return jwe.getPayload().toString();
		}
		catch (ParseException | JOSEException | IllegalStateException ex) {
			throw new UnsealableCodeException("Sealed code cannot be opened with the keys " + this.accepted.keySet()
					+ ": " + ex.getClass().getSimpleName());
		}
	}

	/** The ids of the keys that open codes, current first. */
	public List<String> acceptedKeyIds() {
		return List.copyOf(this.accepted.keySet());
	}

	private SealingKey key(String id) {
		SealingKey key = (id != null) ? this.accepted.get(id) : null;
		if (key == null) {
			throw new UnsealableCodeException("Code sealed with unknown key " + id);
		}
		return key;
	}

}
