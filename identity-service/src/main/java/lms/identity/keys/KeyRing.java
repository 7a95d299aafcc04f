package lms.identity.keys;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key that signs now and the one before it: both are published, so tokens signed just
 * before a rotation keep verifying until they expire.
 */
public record KeyRing(SigningKey current, SigningKey previous) {

	public Optional<PublicKey> find(String kid) {
		if (this.current.kid().equals(kid)) {
			return Optional.of(this.current.publicKey());
		}
		if (this.previous != null && this.previous.kid().equals(kid)) {
			return Optional.of(this.previous.publicKey());
		}
		return Optional.empty();
	}

	/** The JWKS document: {@code {"keys":[current, previous?]}}, public parts only. */
	public Map<String, Object> jwks() {
		List<Object> keys = new ArrayList<>();
		keys.add(new LinkedHashMap<>(this.current.publicJwk()));
		if (this.previous != null) {
			keys.add(new LinkedHashMap<>(this.previous.publicJwk()));
		}
		return Map.of("keys", keys);
	}

}
