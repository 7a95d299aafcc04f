package lms.events.identity;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

/**
 * A course was added to the user's {@code courses} (identity's own write after
 * course-service's {@code EnrollmentCreated}): what {@code me} shows changed.
 */
@Event(type = "lms.identity.UserEnrolled.v1", topic = Topics.IDENTITY_USER)
public record UserEnrolled(String userId, String courseId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return userId;
	}

}
