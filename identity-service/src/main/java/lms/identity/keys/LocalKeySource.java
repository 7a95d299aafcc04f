package lms.identity.keys;

import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;

import lms.kit.security.JwksKeySource;

/**
 * Lets the kit's verifier check this service's own tokens against the key ring in memory
 * instead of fetching the JWKS from itself.
 */
class LocalKeySource extends JwksKeySource {

	private final KeyRing keys;

	LocalKeySource(KeyRing keys) {
		super(URI.create("local:/.well-known/jwks.json"), Duration.ofDays(1), Duration.ofDays(1));
		this.keys = keys;
	}

	@Override
	public Optional<PublicKey> find(String kid) {
		return this.keys.find(kid);
	}

	@Override
	public boolean hasKeys() {
		return true;
	}

}
