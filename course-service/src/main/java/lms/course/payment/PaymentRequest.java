package lms.course.payment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * {@code POST /payment}: the clients send {@code amount} in minor units; with a
 * {@code courseId} the course's price is charged instead.
 */
record PaymentRequest(@Positive(message = "Amount must be positive") @Max(value = 99_999_999,
		message = "Amount is too large") Long amount, String courseId) {
}
