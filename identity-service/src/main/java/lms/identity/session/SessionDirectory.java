package lms.identity.session;

import java.util.Comparator;
import java.util.List;

import lms.identity.user.Users;
import lms.kit.web.ApiException;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A user's sessions: listed newest use first, ended one by one or all but one; every end
 * goes through {@link SessionRevocation}, so each gateway hears {@code SessionRevoked}.
 */
@Component
class SessionDirectory {

	static final String NOT_FOUND = "Session not found";

	private final SessionStore store;

	private final SessionRevocation revocation;

	private final Users users;

	SessionDirectory(SessionStore store, SessionRevocation revocation, Users users) {
		this.store = store;
		this.revocation = revocation;
		this.users = users;
	}

	List<SessionView> list(String userId, String currentSessionId) {
		return this.store.sessionsOf(userId)
			.stream()
			.map((session) -> SessionView.of(session, currentSessionId))
			.sorted(Comparator.comparing(SessionView::lastUsedAt).reversed())
			.toList();
	}

	/** A user an admin names: 404 unless the account exists. */
	List<SessionView> listOfUser(String userId) {
		requireUser(userId);
		return list(userId, null);
	}

	void end(String userId, String sessionId, String reason) {
		boolean owned = this.store.find(sessionId).filter((session) -> session.userId().equals(userId)).isPresent();
		if (!owned) {
			throw ApiException.notFound(NOT_FOUND);
		}
		this.revocation.revoke(userId, sessionId, reason);
	}

	/** Ends every session of the user except {@code keep} (null: all); how many ended. */
	int endAllBut(String userId, String keep, String reason) {
		int count = (int) this.store.sessionIdsOf(userId).stream().filter((id) -> !id.equals(keep)).count();
		this.revocation.changeAndRevokeAll(userId, keep, reason, null, new Update());
		return count;
	}

	void requireUser(String userId) {
		if (!userId.matches("[0-9a-fA-F]{24}")) {
			throw ApiException.badRequest("Resource not found. Invalid: _id");
		}
		if (this.users.findById(userId).isEmpty()) {
			throw ApiException.notFound("User not found");
		}
	}

}
