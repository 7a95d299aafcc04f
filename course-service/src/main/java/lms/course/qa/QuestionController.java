package lms.course.qa;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lms.course.catalog.PublicCourse;
import lms.course.course.CourseResponse;
import lms.kit.security.AuthenticatedUser;

import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** add-question and add-answer; both answer the course in its public shape. */
@RestController
@RequestMapping("/api/v1")
record QuestionController(Questions questions) {

	@Operation(summary = "Ask a question on a lesson (enrolled users and admins)")
	@PutMapping("/add-question")
	CourseResponse ask(AuthenticatedUser user, @Valid @RequestBody QuestionRequest request) {
		return CourseResponse.of(PublicCourse.of(this.questions.ask(user, request)));
	}

	@Operation(summary = "Answer a question (enrolled users and admins)")
	@PutMapping("/add-answer")
	CourseResponse answer(AuthenticatedUser user, @Valid @RequestBody AnswerRequest request) {
		return CourseResponse.of(PublicCourse.of(this.questions.answer(user, request)));
	}

}
