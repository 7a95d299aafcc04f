package lms.kit.security;

import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.JwkSet;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;

/**
 * Reads the signing keys out of a JWKS document: public EC P-256 and Ed25519 keys with a
 * {@code kid}; everything else (other curves, RSA, secret or private keys) is skipped.
 */
final class JwksParser {

	private static final Set<String> ACCEPTED_CURVES = Set.of("P-256", "Ed25519");

	private JwksParser() {
	}

	static Map<String, PublicKey> signingKeys(String json) {
		JwkSet set = Jwks.setParser().ignoreUnsupported(true).build().parse(json);
		Map<String, PublicKey> keys = new HashMap<>();
		for (Jwk<?> jwk : set) {
			if (isAcceptedSigningKey(jwk)) {
				keys.put(jwk.getId(), ((PublicJwk<?>) jwk).toKey());
			}
		}
		return Map.copyOf(keys);
	}

	private static boolean isAcceptedSigningKey(Jwk<?> jwk) {
		Object use = jwk.get("use");
		return jwk instanceof PublicJwk<?> && jwk.getId() != null && jwk.get("crv") instanceof String crv
				&& ACCEPTED_CURVES.contains(crv) && (use == null || "sig".equals(use));
	}

}
