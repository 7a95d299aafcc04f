package lms.identity.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lms.events.DomainEvent;
import lms.events.identity.SessionRevoked;
import lms.identity.token.AccessTokens;
import lms.identity.user.User;
import lms.identity.user.Users;
import lms.kit.outbox.Outbox;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Revokes sessions: the account change that causes it and one {@code SessionRevoked} per
 * session travel in one write of the user document (its outbox), then the sessions leave
 * Redis.
 */
@Component
public class SessionRevocation {

	public static final String LOGOUT = "logout";

	public static final String LOGOUT_ALL = "logout-all";

	public static final String PASSWORD_CHANGED = "password-changed";

	public static final String PASSWORD_RESET = "password-reset";

	public static final String ROLE_CHANGED = "role-changed";

	public static final String USER_DELETED = "user-deleted";

	public static final String REFRESH_TOKEN_REUSE = "refresh-token-reuse";

	public static final String SESSION_EXPIRED = "session-expired";

	public static final String ENDED_BY_USER = "ended-by-user";

	public static final String ENDED_BY_ADMIN = "ended-by-admin";

	private final SessionStore store;

	private final Users users;

	private final Outbox outbox;

	private final AccessTokens accessTokens;

	SessionRevocation(SessionStore store, Users users, Outbox outbox, AccessTokens accessTokens) {
		this.store = store;
		this.users = users;
		this.outbox = outbox;
		this.accessTokens = accessTokens;
	}

	/** Revokes one session. */
	public void revoke(String userId, String sessionId, String reason) {
		apply(userId, List.of(sessionId), reason, null, new Update());
	}

	/**
	 * Applies {@code change} (with {@code events}) to the user, if {@code condition}
	 * holds, and revokes all of their sessions except {@code keep} (may be null).
	 * @return the user as stored afterwards, empty if absent or the condition failed
	 */
	public Optional<User> changeAndRevokeAll(String userId, String keep, String reason, Criteria condition,
			Update change, DomainEvent... events) {
		List<String> sessionIds = new ArrayList<>(this.store.sessionIdsOf(userId));
		sessionIds.remove(keep);
		return apply(userId, sessionIds, reason, condition, change, events);
	}

	private Optional<User> apply(String userId, List<String> sessionIds, String reason, Criteria condition,
			Update change, DomainEvent... events) {
		List<DomainEvent> all = new ArrayList<>(List.of(events));
		var expiry = this.accessTokens.latestExpiryFromNow();
		sessionIds.forEach((id) -> all.add(new SessionRevoked(id, userId, reason, expiry)));
		if (!all.isEmpty()) {
			this.outbox.append(change, all.toArray(DomainEvent[]::new));
		}
		Optional<User> user = change.getUpdateObject().isEmpty() ? this.users.findById(userId)
				: this.users.update(userId, condition, change);
		if (user.isPresent()) {
			this.store.delete(userId, sessionIds);
			this.outbox.written();
		}
		return user;
	}

}
