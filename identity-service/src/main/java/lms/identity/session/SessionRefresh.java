package lms.identity.session;

import java.time.Clock;
import java.time.Instant;

import lms.identity.token.AccessTokens;
import lms.identity.token.IssuedAccessToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Trades a refresh token for a new access token. A refresh by cookie rotates the refresh
 * token and binds the session to cookies: from then on every refresh of that session
 * rotates, also one by header, so a cookie's token replayed as a header cannot slide the
 * session without rotation. A header client that never used cookies keeps the token of
 * its login (the mobile app cannot store another). Presenting a retired token revokes the
 * whole session, unless it was retired within the grace window (two tabs refreshing at
 * once), which gets the current one. No session outlives its absolute lifetime.
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
	 * @param byCookie the token came in the {@code refresh_token} cookie
	 * @param alwaysRotate rotate even a header client's token (the explicit refresh)
	 * @throws lms.kit.web.ApiException if the token is unknown, forged, expired or
	 * retired
	 */
	public Renewal refresh(String refreshToken, boolean byCookie, boolean alwaysRotate) {
		RefreshTokens.Parsed token = RefreshTokens.parse(refreshToken).orElseThrow(Sessions::refused);
		Session session = this.store.find(token.sessionId())
			.filter((found) -> RefreshTokens.isGenuine(token, found))
			.orElseThrow(Sessions::refused);
		Instant now = this.clock.instant();
		if (!now.isBefore(session.createdAt().plus(this.properties.absoluteLifetime()))) {
			this.revocation.revoke(session.userId(), session.id(), SessionRevocation.SESSION_EXPIRED);
			throw Sessions.refused();
		}
		boolean rotate = alwaysRotate || byCookie || session.cookieBound();
		Step step = nextGeneration(session, token, rotate, byCookie, now);
		this.store.touch(session);
		IssuedAccessToken access = this.accessTokens.issue(session.userId(), session.id(), session.role());
		TokenPair tokens = new TokenPair(access.token(), access.expiresAt(),
				RefreshTokens.format(session, step.generation()));
		Instant shareUntil = (step.presentedRetiredAt() != null)
				? step.presentedRetiredAt().plus(this.properties.reuseGrace()) : access.expiresAt();
		return new Renewal(tokens, shareUntil);
	}

	private Step nextGeneration(Session session, RefreshTokens.Parsed token, boolean rotate, boolean byCookie,
			Instant now) {
		if (token.generation() == session.generation()) {
			if (!rotate) {
				return new Step(session.generation(), null);
			}
			// false: another request rotated this generation a moment ago, the next one
			// is
			// current either way
			this.store.rotate(session, now, byCookie);
			return new Step(session.generation() + 1, now);
		}
		boolean justRetired = token.generation() == session.generation() - 1
				&& !now.isAfter(session.rotatedAt().plus(this.properties.reuseGrace()));
		if (justRetired) {
			return new Step(session.generation(), session.rotatedAt());
		}
		log.warn("Retired refresh token of session {} presented again; revoking the session", session.id());
		this.revocation.revoke(session.userId(), session.id(), SessionRevocation.REFRESH_TOKEN_REUSE);
		throw Sessions.refused();
	}

	/**
	 * New tokens, and until when another request presenting the same refresh token may be
	 * handed them: until the access token expires when nothing was retired, else only
	 * within the retired token's grace window.
	 */
	public record Renewal(TokenPair tokens, Instant shareUntil) {
	}

	private record Step(long generation, Instant presentedRetiredAt) {
	}

}
