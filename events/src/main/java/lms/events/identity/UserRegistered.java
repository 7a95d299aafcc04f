package lms.events.identity;

import java.time.Instant;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.identity.UserRegistered.v1", topic = Topics.IDENTITY_USER)
public record UserRegistered(String userId, String email, String name, Instant registeredAt,
		String via) implements DomainEvent {

	@Override
	public String aggregateId() {
		return userId;
	}

}
