package lms.events.identity;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.identity.UserDeleted.v1", topic = Topics.IDENTITY_USER)
public record UserDeleted(String userId, String avatarPublicId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return userId;
	}

}
