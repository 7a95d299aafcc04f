package lms.identity.enrollment;

import lms.events.course.EnrollmentCreated;
import lms.events.identity.UserEnrolled;
import lms.identity.user.User;
import lms.identity.user.Users;
import lms.kit.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Adds {@code {_id: courseId}} to the user's {@code courses} once, however often the
 * event arrives (only where the course is not there yet), with {@code UserEnrolled} in
 * the same write: the change of {@code me} that the gateways' edge caches and the other
 * instances forget the view on. Every instance applies the enrollment, the first write
 * wins, so the event is written once.
 */
@Component
class EnrolledCourses {

	private static final Logger log = LoggerFactory.getLogger(EnrolledCourses.class);

	private final Users users;

	private final Outbox outbox;

	EnrolledCourses(Users users, Outbox outbox) {
		this.users = users;
		this.outbox = outbox;
	}

	void add(EnrollmentCreated enrollment) {
		if (enrollment.userId() == null || enrollment.courseId() == null) {
			throw new IllegalArgumentException("EnrollmentCreated without userId or courseId");
		}
		var update = new Update().addToSet(User.COURSES, new User.CourseRef(enrollment.courseId()));
		this.outbox.append(update, new UserEnrolled(enrollment.userId(), enrollment.courseId()));
		Criteria notYet = Criteria.where(User.COURSES + ".id").ne(enrollment.courseId());
		if (this.users.update(enrollment.userId(), notYet, update).isPresent()) {
			this.outbox.written();
		}
		else {
			log.debug("Enrollment {}: no live user {} without course {}; nothing to add", enrollment.enrollmentId(),
					enrollment.userId(), enrollment.courseId());
		}
	}

}
