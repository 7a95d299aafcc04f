package lms.events.course;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.course.QuestionAsked.v1", topic = Topics.COURSE_COURSE)
public record QuestionAsked(String courseId, String contentId, String questionId, String userId, String userName,
		String courseName, String contentTitle) implements DomainEvent {

	@Override
	public String aggregateId() {
		return courseId;
	}

}
