package lms.kit.security;

import java.security.Key;
import java.util.Set;

import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.LocatorAdapter;

import lms.kit.security.InvalidTokenException.Reason;

/**
 * Picks the verification key for a JWS by its {@code kid}, and only for the asymmetric
 * algorithms identity signs with, so an HMAC token "signed" with a public key never gets
 * a key at all.
 */
class JwksKeyLocator extends LocatorAdapter<Key> {

	static final Set<String> ALGORITHMS = Set.of("ES256", "EdDSA");

	private final JwksKeySource keys;

	JwksKeyLocator(JwksKeySource keys) {
		this.keys = keys;
	}

	@Override
	protected Key locate(JwsHeader header) {
		if (!ALGORITHMS.contains(header.getAlgorithm())) {
			throw new InvalidTokenException(Reason.BAD_SIGNATURE);
		}
		String kid = header.getKeyId();
		if (kid == null) {
			throw new InvalidTokenException(Reason.UNKNOWN_KEY);
		}
		return this.keys.find(kid)
			.orElseThrow(() -> new InvalidTokenException(
					this.keys.hasKeys() ? Reason.UNKNOWN_KEY : Reason.KEYS_UNAVAILABLE));
	}

}
