package lms.events.media;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.media.MediaDeleted.v1", topic = Topics.MEDIA_ASSET)
public record MediaDeleted(String publicId, String ownerType, String ownerId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return publicId;
	}

}
