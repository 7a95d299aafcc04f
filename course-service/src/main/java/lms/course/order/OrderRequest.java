package lms.course.order;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code create-order}/{@code create-mobile-order}: WEB sends the whole confirmed
 * PaymentIntent as {@code payment_info}; only its {@code id} is read.
 */
record OrderRequest(@NotBlank(message = "Please enter the course id") String courseId,
		@JsonProperty("payment_info") Map<String, Object> paymentInfo) {

	String paymentIntentId() {
		Object id = (this.paymentInfo != null) ? this.paymentInfo.get("id") : null;
		return (id instanceof String text) ? text : null;
	}

}
