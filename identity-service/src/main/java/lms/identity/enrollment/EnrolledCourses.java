package lms.identity.enrollment;

import lms.events.course.EnrollmentCreated;
import lms.identity.user.User;
import lms.identity.user.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Adds {@code {_id: courseId}} to the user's {@code courses} once, however often the
 * event arrives ({@code $addToSet}).
 */
@Component
class EnrolledCourses {

	private static final Logger log = LoggerFactory.getLogger(EnrolledCourses.class);

	private final Users users;

	EnrolledCourses(Users users) {
		this.users = users;
	}

	void add(EnrollmentCreated enrollment) {
		if (enrollment.userId() == null || enrollment.courseId() == null) {
			throw new IllegalArgumentException("EnrollmentCreated without userId or courseId");
		}
		var update = new Update().addToSet(User.COURSES, new User.CourseRef(enrollment.courseId()));
		if (this.users.update(enrollment.userId(), update).isEmpty()) {
			log.info("Enrollment {} names no live user {}; nothing to add", enrollment.enrollmentId(),
					enrollment.userId());
		}
	}

}
