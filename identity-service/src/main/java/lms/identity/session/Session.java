package lms.identity.session;

import java.time.Instant;

/**
 * A login on one device. Refresh tokens of generation {@code generation} are current; the
 * one before was retired at {@code rotatedAt}. The key signs this session's refresh
 * tokens and is never sent anywhere. {@code cookieBound}: a refresh came by cookie once,
 * so every later one rotates, whatever transport it comes by.
 */
record Session(String id, String userId, String role, byte[] key, long generation, Instant rotatedAt, Instant createdAt,
		Instant lastUsedAt, boolean cookieBound, SessionOrigin origin) {

	@Override
	public String toString() {
		return "Session[id=" + this.id + ", userId=" + this.userId + ", generation=" + this.generation + "]";
	}

}
