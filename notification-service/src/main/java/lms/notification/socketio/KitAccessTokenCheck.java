package lms.notification.socketio;

import java.util.Optional;

import lms.kit.security.AccessTokenVerifier;
import lms.kit.security.InvalidTokenException;
import lms.kit.security.VerifiedToken;

/**
 * {@link AccessTokenCheck} on the service kit's verifier (JWKS, issuer, audience,
 * expiry).
 */
class KitAccessTokenCheck implements AccessTokenCheck {

	private final AccessTokenVerifier verifier;

	KitAccessTokenCheck(AccessTokenVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public Optional<Caller> verify(String token) {
		try {
			VerifiedToken verified = this.verifier.verify(token);
			return Optional.of(new Caller(verified.userId(), verified.sessionId(), verified.role()));
		}
		catch (InvalidTokenException ex) {
			return Optional.empty();
		}
	}

}
