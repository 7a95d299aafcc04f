package lms.course.enrollment;

import io.swagger.v3.oas.annotations.Operation;
import lms.course.catalog.PublicCourse;
import lms.course.course.CourseDiscussions;
import lms.course.course.CourseStore;
import lms.course.course.CoursesResponse;
import lms.kit.security.AuthenticatedUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's enrolled courses in the catalog shape. */
@RestController
@RequestMapping("/api/v1")
record MyCoursesController(Enrollments enrollments, CourseStore courses, CourseDiscussions discussions) {

	@Operation(summary = "The caller's enrolled courses")
	@GetMapping("/get-my-courses")
	CoursesResponse myCourses(AuthenticatedUser user) {
		return CoursesResponse
			.of(this.discussions.withReviews(this.courses.byIds(this.enrollments.courseIds(user.userId())))
				.stream()
				.map(PublicCourse::of)
				.toList());
	}

}
