package lms.identity.session;

import java.time.Instant;

/**
 * One session as its user (or an admin) sees it. {@code lastUsedAt}: the login or the
 * latest refresh, so accurate to an access token's lifetime.
 */
record SessionView(String id, String device, String userAgent, String address, Instant createdAt, Instant lastUsedAt,
		boolean current) {

	static SessionView of(Session session, String currentSessionId) {
		return new SessionView(session.id(), DeviceNames.describe(session.origin().userAgent()),
				session.origin().userAgent(), session.origin().address(), session.createdAt(), session.lastUsedAt(),
				session.id().equals(currentSessionId));
	}

}
