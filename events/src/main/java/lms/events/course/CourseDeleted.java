package lms.events.course;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.course.CourseDeleted.v1", topic = Topics.COURSE_COURSE)
public record CourseDeleted(String courseId, String thumbnailPublicId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return courseId;
	}

}
