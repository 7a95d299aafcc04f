package lms.course.content;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import lms.course.course.Course;
import lms.course.course.CourseDiscussions;
import lms.course.course.CourseStore;
import lms.course.course.Lesson;
import lms.course.enrollment.CourseAccess;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The full lessons of a course, with videos, links and questions, for its students. */
@RestController
@RequestMapping("/api/v1")
record ContentController(CourseAccess access, CourseStore courses, CourseDiscussions discussions) {

	@Operation(summary = "A course's full content (enrolled users and admins)")
	@GetMapping("/get-course-content/{id}")
	ContentResponse content(AuthenticatedUser user, @PathVariable String id) {
		this.access.require(user, id);
		Course course = this.courses.find(id)
			.orElseThrow(() -> ApiException
				.notFound(user.isAdmin() ? CourseStore.COURSE_NOT_FOUND : CourseAccess.NOT_ELIGIBLE));
		return new ContentResponse(true, this.discussions.withEverything(course).courseData());
	}

	/** {@code {success, content}}. */
	record ContentResponse(boolean success, List<Lesson> content) {
	}

}
