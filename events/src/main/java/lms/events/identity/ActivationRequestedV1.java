package lms.events.identity;

import java.time.Instant;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

/**
 * Version 1, with the code in clear: no longer produced since v2 sealed the code; still
 * read by notification-service until no v1 can arrive (events/README.md, the v2 rule).
 */
@Event(type = "lms.identity.ActivationRequested.v1", topic = Topics.IDENTITY_USER)
@Deprecated
public record ActivationRequestedV1(String email, String name, String activationCode,
		Instant expiresAt) implements DomainEvent {

	/** Keeps the code out of logs. */
	@Override
	public String toString() {
		return getClass().getSimpleName() + "[email=" + email + ", activationCode=****, expiresAt=" + expiresAt + "]";
	}

	@Override
	public String aggregateId() {
		return email;
	}

}
