package lms.course.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** add-reply's body. */
record ReplyRequest(@NotBlank(message = "Please enter your reply") @Size(max = 5000) String comment,
		@NotBlank(message = "Please enter the course id") String courseId,
		@NotBlank(message = "Please enter the review id") String reviewId) {
}
