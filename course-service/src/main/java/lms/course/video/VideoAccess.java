package lms.course.video;

import lms.course.course.CourseStore;
import lms.course.enrollment.CourseAccess;
import lms.kit.security.AuthenticatedUser;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who may play a video: anyone logged in for a course's demo video, the enrolled users of
 * a course containing it, admins always.
 */
@Component
class VideoAccess {

	private final CourseStore courses;

	private final CourseAccess access;

	VideoAccess(CourseStore courses, CourseAccess access) {
		this.courses = courses;
		this.access = access;
	}

	boolean allowed(AuthenticatedUser user, String videoId) {
		if (user.isAdmin() || !this.courses.matching(Criteria.where("demoUrl").is(videoId)).isEmpty()) {
			return true;
		}
		return this.courses.matching(Criteria.where("courseData.videoUrl").is(videoId))
			.stream()
			.anyMatch((course) -> this.access.allowed(user, course.id()));
	}

}
