package lms.events.course;

import java.util.List;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.course.CourseUpdated.v1", topic = Topics.COURSE_COURSE)
public record CourseUpdated(String courseId, List<String> changedFields, String oldThumbnailPublicId,
		String newThumbnailPublicId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return courseId;
	}

}
