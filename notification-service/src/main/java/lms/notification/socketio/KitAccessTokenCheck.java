package lms.notification.socketio;

import java.util.Optional;

import lms.kit.security.TokenDecoders;
import lms.kit.security.VerifiedToken;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * {@link AccessTokenCheck} on the service kit's decoder of users' access tokens (JWKS,
 * issuer, audience, expiry with the kit's clock skew).
 */
class KitAccessTokenCheck implements AccessTokenCheck {

	private final JwtDecoder decoder;

	KitAccessTokenCheck(TokenDecoders decoders) {
		this.decoder = decoders.accessTokens();
	}

	@Override
	public Optional<Caller> verify(String token) {
		try {
			VerifiedToken verified = VerifiedToken.of(this.decoder.decode(token));
			return Optional.of(new Caller(verified.userId(), verified.sessionId(), verified.role()));
		}
		catch (JwtException ex) {
			return Optional.empty();
		}
	}

}
