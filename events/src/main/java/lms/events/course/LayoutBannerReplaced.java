package lms.events.course;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

/**
 * The home page banner got a new image; media-service destroys the old one. Not in the
 * original catalog: added so banner clean-up is event-driven like avatars and thumbnails.
 */
@Event(type = "lms.course.LayoutBannerReplaced.v1", topic = Topics.COURSE_COURSE)
public record LayoutBannerReplaced(String layoutId, String oldPublicId, String newPublicId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return this.layoutId;
	}

}
