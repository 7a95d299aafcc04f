package lms.identity.session;

import lms.kit.security.AccessTokenCheck;
import lms.kit.security.TokenDecoders;

import org.springframework.dao.DataAccessException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * identity refuses a token whose session is no longer in Redis (logged out, revoked,
 * expired) at once, although its signature is valid; a Redis that does not answer is a
 * 503, not a refusal.
 */
@Component
class LiveSessionCheck implements AccessTokenCheck {

	private final SessionStore store;

	LiveSessionCheck(SessionStore store) {
		this.store = store;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		String sessionId = token.getClaimAsString(TokenDecoders.SESSION_CLAIM);
		boolean live;
		try {
			live = sessionId != null && this.store.exists(sessionId, token.getSubject());
		}
		catch (DataAccessException ex) {
			throw new JwtException("Session store unavailable", ex);
		}
		return live ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult
			.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "session ended", null));
	}

}
