package lms.events.identity;

import java.time.Instant;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.identity.ActivationRequested.v1", topic = Topics.IDENTITY_USER)
public record ActivationRequested(String email, String name, String activationCode,
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
