package lms.events.course;

import java.math.BigDecimal;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.course.CourseCreated.v1", topic = Topics.COURSE_COURSE)
public record CourseCreated(String courseId, String name, BigDecimal price,
		String thumbnailPublicId) implements DomainEvent {

	@Override
	public String aggregateId() {
		return courseId;
	}

}
