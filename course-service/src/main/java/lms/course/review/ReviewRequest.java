package lms.course.review;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** add-review's body; the rating is a whole number from 1 to 5. */
record ReviewRequest(@NotBlank(message = "Please enter your review") @Size(max = 5000) String review,
		@NotNull(message = "Please give a rating") @Min(value = 1, message = "Rating must be from 1 to 5") @Max(
				value = 5, message = "Rating must be from 1 to 5") @Digits(integer = 1, fraction = 0,
						message = "Rating must be a whole number") BigDecimal rating) {
}
