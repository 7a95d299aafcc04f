package lms.events.identity;

import java.time.Instant;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.identity.SessionRevoked.v1", topic = Topics.IDENTITY_SESSION)
public record SessionRevoked(String sessionId, String userId, String reason,
		Instant accessTokenExpiresAt) implements DomainEvent {

	@Override
	public String aggregateId() {
		return sessionId;
	}

}
