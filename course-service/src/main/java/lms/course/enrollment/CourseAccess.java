package lms.course.enrollment;

import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.stereotype.Component;

/** Enrolled users and admins may use a course's content, Q&A and reviews. */
@Component
public class CourseAccess {

	public static final String NOT_ELIGIBLE = "You are not eligible to access this course";

	private final Enrollments enrollments;

	CourseAccess(Enrollments enrollments) {
		this.enrollments = enrollments;
	}

	public boolean allowed(AuthenticatedUser user, String courseId) {
		return user.isAdmin() || this.enrollments.enrolled(user.userId(), courseId);
	}

	public void require(AuthenticatedUser user, String courseId) {
		if (!allowed(user, courseId)) {
			throw ApiException.notFound(NOT_ELIGIBLE);
		}
	}

}
