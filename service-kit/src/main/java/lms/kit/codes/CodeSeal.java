package lms.kit.codes;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jsonwebtoken.JweHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;

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

	private final JwtParser parser;

	public CodeSeal(SealingKey current, List<SealingKey> previous) {
		this.current = current;
		this.accepted.put(current.id(), current);
		previous.forEach((key) -> this.accepted.putIfAbsent(key.id(), key));
		this.parser = Jwts.parser()
			.key()
			.clear()
			.add(Jwts.KEY.DIRECT)
			.and()
			.enc()
			.clear()
			.add(Jwts.ENC.A256GCM)
			.and()
			.zip()
			.clear()
			.and()
			.keyLocator(new AcceptedKeys())
			.build();
	}

	/** The code sealed under the current key; every call gives a different value. */
	public String seal(String code) {
		return Jwts.builder()
			.header()
			.keyId(this.current.id())
			.and()
			.content(code.getBytes(StandardCharsets.UTF_8))
			.encryptWith(this.current.key(), Jwts.ENC.A256GCM)
			.compact();
	}

	/**
	 * The code inside a sealed value.
	 * @throws UnsealableCodeException when no accepted key opens it (unknown key id,
	 * altered or malformed value); the message never holds the value
	 */
	public String open(String sealed) {
		if (sealed == null || sealed.isBlank()) {
			throw new UnsealableCodeException("No sealed code");
		}
		try {
			return new String(this.parser.parseEncryptedContent(sealed).getPayload(), StandardCharsets.UTF_8);
		}
		catch (JwtException | IllegalArgumentException ex) {
			throw new UnsealableCodeException("Sealed code cannot be opened with the keys " + this.accepted.keySet()
					+ ": " + ex.getClass().getSimpleName());
		}
	}

	/** The ids of the keys that open codes, current first. */
	public List<String> acceptedKeyIds() {
		return List.copyOf(this.accepted.keySet());
	}

	private final class AcceptedKeys extends LocatorAdapter<Key> {

		@Override
		protected Key locate(JweHeader header) {
			SealingKey key = CodeSeal.this.accepted.get(header.getKeyId());
			if (key == null) {
				throw new UnsealableCodeException("Code sealed with unknown key " + header.getKeyId());
			}
			return key.key();
		}

	}

}
