package lms.events.identity;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.identity.UserRoleChanged.v1", topic = Topics.IDENTITY_USER)
public record UserRoleChanged(String userId, String oldRole, String newRole) implements DomainEvent {

	@Override
	public String aggregateId() {
		return userId;
	}

}
