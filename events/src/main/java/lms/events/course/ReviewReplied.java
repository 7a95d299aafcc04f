package lms.events.course;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.course.ReviewReplied.v1", topic = Topics.COURSE_COURSE)
public record ReviewReplied(String courseId, String reviewId, String replyId, String repliedBy) implements DomainEvent {

	@Override
	public String aggregateId() {
		return courseId;
	}

}
