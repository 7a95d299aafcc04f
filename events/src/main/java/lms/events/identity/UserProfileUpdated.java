package lms.events.identity;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.identity.UserProfileUpdated.v1", topic = Topics.IDENTITY_USER)
public record UserProfileUpdated(String userId, String name, String avatarUrl) implements DomainEvent {

	@Override
	public String aggregateId() {
		return userId;
	}

}
