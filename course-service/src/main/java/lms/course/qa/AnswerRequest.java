package lms.course.qa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** add-answer's body. */
record AnswerRequest(@NotBlank(message = "Please enter your answer") @Size(max = 5000) String answer,
		@NotBlank(message = "Please enter the course id") String courseId,
		@NotBlank(message = "Please enter the content id") String contentId,
		@NotBlank(message = "Please enter the question id") String questionId) {
}
