package lms.identity.session;

import java.time.Clock;
import java.time.Instant;

import lms.identity.token.AccessTokens;
import lms.identity.token.IssuedAccessToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Trades a refresh token for a new access token. With rotation the refresh token moves to
 * the next generation; presenting a retired one revokes the whole session, unless it was
 * retired within the grace window (two tabs refreshing at once), which gets the current
 * one. Without rotation (header clients that keep their login's token) the same token
 * comes back and nothing is retired.
 */
@Component
public class SessionRefresh {

	private static final Logger log = LoggerFactory.getLogger(SessionRefresh.class);

	private final SessionStore store;

	private final SessionRevocation revocation;

	private final AccessTokens accessTokens;

	private final SessionProperties properties;

	private final Clock clock;

	SessionRefresh(SessionStore store, SessionRevocation revocation, AccessTokens accessTokens,
			SessionProperties properties, Clock clock) {
		this.store = store;
		this.revocation = revocation;
		this.accessTokens = accessTokens;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @throws ApiException if the token is unknown, forged, expired or retired
	 */
	public TokenPair refresh(String refreshToken, boolean rotate) {
		RefreshTokens.Parsed token = RefreshTokens.parse(refreshToken).orElseThrow(Sessions::refused);
		Session session = this.store.find(token.sessionId())
			.filter((found) -> RefreshTokens.isGenuine(token, found))
			.orElseThrow(Sessions::refused);
		long generation = nextGeneration(session, token, rotate);
		this.store.touch(session);
		IssuedAccessToken access = this.accessTokens.issue(session.userId(), session.id(), session.role());
		return new TokenPair(access.token(), access.expiresAt(), RefreshTokens.format(session, generation));
	}

	private long nextGeneration(Session session, RefreshTokens.Parsed token, boolean rotate) {
		Instant now = this.clock.instant();
		if (token.generation() == session.generation()) {
			if (!rotate || this.store.rotate(session, now)) {
				return rotate ? session.generation() + 1 : session.generation();
			}
			// another request rotated this generation a moment ago: the current one is
			// next
			return session.generation() + 1;
		}
		boolean justRetired = token.generation() == session.generation() - 1
				&& !now.isAfter(session.rotatedAt().plus(this.properties.reuseGrace()));
		if (justRetired) {
			return session.generation();
		}
		log.warn("Retired refresh token of session {} presented again; revoking the session", session.id());
		this.revocation.revoke(session.userId(), session.id(), SessionRevocation.REFRESH_TOKEN_REUSE);
		throw Sessions.refused();
	}

}
