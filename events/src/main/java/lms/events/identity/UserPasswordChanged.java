package lms.events.identity;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

/**
 * The user's password was changed or reset (nothing about the password itself): what
 * {@code me} shows changed ({@code updatedAt}).
 */
@Event(type = "lms.identity.UserPasswordChanged.v1", topic = Topics.IDENTITY_USER)
public record UserPasswordChanged(String userId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return userId;
	}

}
