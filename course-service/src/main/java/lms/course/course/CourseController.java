package lms.course.course;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lms.kit.security.AdminOnly;
import lms.kit.security.AuthenticatedUser;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The admin's course endpoints; answers carry the full course. */
@RestController
@RequestMapping("/api/v1")
record CourseController(CourseCommands commands, CourseStore store, CourseDiscussions discussions) {

	@Operation(summary = "Create a course (admin)")
	@AdminOnly
	@PostMapping("/create-course")
	@ResponseStatus(HttpStatus.CREATED)
	CourseResponse create(AuthenticatedUser user,
			@Validated(CourseRequest.OnCreate.class) @RequestBody CourseRequest request) {
		user.requireAdmin();
		return CourseResponse.of(this.commands.create(request));
	}

	@Operation(summary = "Edit a course (admin); lessons keep their questions")
	@AdminOnly
	@PutMapping("/edit-course/{id}")
	CourseResponse edit(AuthenticatedUser user, @PathVariable String id, @Valid @RequestBody CourseRequest request) {
		user.requireAdmin();
		return CourseResponse.of(this.discussions.withEverything(this.commands.edit(id, request)));
	}

	@Operation(summary = "Delete a course (admin)")
	@AdminOnly
	@DeleteMapping("/delete-course/{id}")
	MessageResponse delete(AuthenticatedUser user, @PathVariable String id) {
		user.requireAdmin();
		this.commands.delete(id);
		return MessageResponse.of("course deleted successfully");
	}

	@Operation(summary = "Delete a course given as {id} in the body (admin)")
	@AdminOnly
	@DeleteMapping("/delete-course")
	MessageResponse deleteByBody(AuthenticatedUser user, @Valid @RequestBody DeleteCourseRequest request) {
		return delete(user, request.id());
	}

	@Operation(summary = "Every course in full, newest first (admin)")
	@AdminOnly
	@GetMapping("/get-admin-courses")
	CoursesResponse adminCourses(AuthenticatedUser user) {
		user.requireAdmin();
		return CoursesResponse
			.of(this.discussions.withEverything(this.store.all(Sort.by(Sort.Direction.DESC, "createdAt"))));
	}

}
