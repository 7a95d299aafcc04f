package lms.events.identity;

import java.time.Instant;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.identity.PasswordResetRequested.v1", topic = Topics.IDENTITY_USER)
public record PasswordResetRequested(String userId, String email, String name, String resetCode,
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
