package lms.identity.registration;

import java.time.Instant;
import java.util.List;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registration waiting for its emailed code. Its id is the opaque activation token; the
 * code is kept only as a hash, and the password only as its Argon2id hash.
 */
@Document("pending_registrations")
public record PendingRegistration(@Id String token, String name, String email, String passwordHash, String codeHash,
		int failedAttempts, Instant expiresAt, List<OutboxEntry> outbox) {

	/** Keeps the hashes out of logs. */
	@Override
	public String toString() {
		return "PendingRegistration[email=" + this.email + ", expiresAt=" + this.expiresAt + "]";
	}

}
