package lms.course.review;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lms.course.catalog.PublicCourse;
import lms.course.course.CourseResponse;
import lms.kit.security.AdminOnly;
import lms.kit.security.AuthenticatedUser;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** add-review and add-reply; both answer the course in its public shape. */
@RestController
@RequestMapping("/api/v1")
record ReviewController(Reviews reviews) {

	@Operation(summary = "Review a course once (enrolled users)")
	@PutMapping("/add-review/{id}")
	CourseResponse review(AuthenticatedUser user, @PathVariable String id, @Valid @RequestBody ReviewRequest request) {
		return CourseResponse.of(PublicCourse.of(this.reviews.add(user, id, request)));
	}

	@Operation(summary = "Reply to a review (admin)")
	@AdminOnly
	@PutMapping("/add-reply")
	CourseResponse reply(AuthenticatedUser user, @Valid @RequestBody ReplyRequest request) {
		return CourseResponse.of(PublicCourse.of(this.reviews.reply(user.requireAdmin(), request)));
	}

}
