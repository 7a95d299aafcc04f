package lms.events.course;

import java.math.BigDecimal;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

@Event(type = "lms.course.EnrollmentCreated.v1", topic = Topics.COURSE_ENROLLMENT)
public record EnrollmentCreated(String enrollmentId, String userId, String userEmail, String userName, String courseId,
		String courseName, BigDecimal price, String paymentRef) implements DomainEvent {

	@Override
	public String aggregateId() {
		return userId;
	}

}
