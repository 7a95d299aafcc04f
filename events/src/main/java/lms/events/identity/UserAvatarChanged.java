package lms.events.identity;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.identity.UserAvatarChanged.v1", topic = Topics.IDENTITY_USER)
public record UserAvatarChanged(String userId, String newPublicId, String oldPublicId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return userId;
	}

}
