package lms.course.qa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** add-question's body. */
record QuestionRequest(@NotBlank(message = "Please enter your question") @Size(max = 5000) String question,
		@NotBlank(message = "Please enter the course id") String courseId,
		@NotBlank(message = "Please enter the content id") String contentId) {
}
