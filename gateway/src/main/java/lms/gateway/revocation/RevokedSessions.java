package lms.gateway.revocation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import lms.kit.security.VerifiedToken;

/**
 * What this gateway instance knows to be revoked: sessions (until their access tokens
 * expire) and users whose tokens issued before a point in time no longer count (deleted
 * users, changed roles). Held in memory: every instance learns it from the events.
 */
public class RevokedSessions {

	private final Map<String, Instant> sessions = new ConcurrentHashMap<>();

	private final Map<String, UserCutoff> users = new ConcurrentHashMap<>();

	private final RevocationProperties properties;

	private final Clock clock;

	public RevokedSessions(RevocationProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether the token's session or user was revoked. */
	public boolean isRevoked(VerifiedToken token) {
		if (token.sessionId() != null && this.sessions.containsKey(token.sessionId())) {
			return true;
		}
		UserCutoff cutoff = this.users.get(token.userId());
		return cutoff != null && (token.issuedAt() == null || token.issuedAt().isBefore(cutoff.issuedBefore()));
	}

	void revokeSession(String sessionId, Instant accessTokenExpiresAt) {
		Instant until = (accessTokenExpiresAt != null) ? accessTokenExpiresAt
				: this.clock.instant().plus(this.properties.accessTokenMaxLifetime());
		if (until.isAfter(this.clock.instant())) {
			this.sessions.merge(sessionId, until, (old, now) -> old.isAfter(now) ? old : now);
		}
	}

	/** Rejects every token of a deleted user for as long as any can live. */
	void revokeAllUserTokens(String userId, Instant at) {
		cutOff(userId, Instant.MAX, at);
	}

	/**
	 * Rejects the user's tokens issued before {@code at} (to the second, as {@code iat}
	 * is) for as long as such a token can live.
	 */
	void revokeUserTokensIssuedBefore(String userId, Instant at) {
		cutOff(userId, at.truncatedTo(ChronoUnit.SECONDS), at);
	}

	private void cutOff(String userId, Instant issuedBefore, Instant at) {
		Instant until = at.plus(this.properties.accessTokenMaxLifetime());
		if (until.isAfter(this.clock.instant())) {
			UserCutoff cutoff = new UserCutoff(issuedBefore, until);
			this.users.merge(userId, cutoff, (old, now) -> old.issuedBefore().isAfter(now.issuedBefore()) ? old : now);
		}
	}

	/** Forgets what can no longer matter: entries past the tokens' lifetime. */
	void purge() {
		Instant now = this.clock.instant();
		this.sessions.values().removeIf((until) -> !until.isAfter(now));
		this.users.values().removeIf((cutoff) -> !cutoff.until().isAfter(now));
	}

	int size() {
		return this.sessions.size() + this.users.size();
	}

	private record UserCutoff(Instant issuedBefore, Instant until) {
	}

}
