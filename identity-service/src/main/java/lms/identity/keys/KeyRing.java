package lms.identity.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * The key that signs now and the one before it: both are published, so tokens signed just
 * before a rotation keep verifying until they expire.
 */
public record KeyRing(SigningKey current, SigningKey previous) {

	/** The public keys: what the JWKS publishes and what identity verifies against. */
	public JWKSet publicKeys() {
		List<JWK> keys = new ArrayList<>();
		keys.add(this.current.publicJwk());
		if (this.previous != null) {
			keys.add(this.previous.publicJwk());
		}
		return new JWKSet(keys);
	}

	/** The JWKS document: {@code {"keys":[current, previous?]}}, public parts only. */
	public Map<String, Object> jwks() {
		return publicKeys().toJSONObject(true);
	}

}
