package lms.events.identity;

import java.time.Instant;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

/**
 * Version 1, with the code in clear: no longer produced since v2 sealed the code; still
 * read by notification-service until no v1 can arrive (events/README.md, the v2 rule).
 */
@Event(type = "lms.identity.PasswordResetRequested.v1", topic = Topics.IDENTITY_USER)
@Deprecated
public record PasswordResetRequestedV1(String userId, String email, String name, String resetCode,
		Instant expiresAt) implements DomainEvent {

	/** Keeps the code out of logs. */
	@Override
	public String toString() {
		return getClass().getSimpleName() + "[email=" + email + ", resetCode=****, expiresAt=" + expiresAt + "]";
	}

	@Override
	public String aggregateId() {
		return userId;
	}

}
