package lms.events.course;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.course.QuestionAnswered.v1", topic = Topics.COURSE_COURSE)
public record QuestionAnswered(String courseId, String contentId, String questionId, String answerId, String answeredBy,
		String questionAuthorId, String questionAuthorEmail, String questionAuthorName,
		String contentTitle) implements DomainEvent {

	@Override
	public String aggregateId() {
		return courseId;
	}

}
