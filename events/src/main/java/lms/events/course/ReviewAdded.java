package lms.events.course;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.course.ReviewAdded.v1", topic = Topics.COURSE_COURSE)
public record ReviewAdded(String courseId, String reviewId, String userId, String userName, int rating,
		String courseName) implements DomainEvent {

	@Override
	public String aggregateId() {
		return courseId;
	}

}
