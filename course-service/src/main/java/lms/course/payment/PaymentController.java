package lms.course.payment;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lms.course.course.CourseStore;
import lms.course.enrollment.Enrollments;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creates PaymentIntents for the clients' payment sheets, and tells them the public key.
 */
@RestController
@RequestMapping("/api/v1")
record PaymentController(PaymentGateway gateway, Payments payments, CourseStore courses, Enrollments enrollments,
		PaymentProperties properties) {

	@Operation(summary = "Create a PaymentIntent for the caller (amount in minor units, or a course's price)")
	@PostMapping("/payment")
	@ResponseStatus(HttpStatus.CREATED)
	PaymentResponse pay(AuthenticatedUser user, @Valid @RequestBody PaymentRequest request) {
		long amount = amount(user, request);
		String currency = this.properties.currency().toLowerCase();
		Map<String, String> metadata = (request.courseId() != null)
				? Map.of("company", "E-Learning", "userId", user.userId(), "courseId", request.courseId())
				: Map.of("company", "E-Learning", "userId", user.userId());
		PaymentIntent intent = this.gateway.create(amount, currency, metadata);
		this.payments.record(new Payment(intent.id(), user.userId(), request.courseId(), intent.amount(),
				intent.currency(), this.courses.now(), null, null));
		return new PaymentResponse(true, intent.clientSecret());
	}

	@Operation(summary = "Stripe's publishable key, under both spellings of the original")
	@GetMapping({ "/payment/stripepublishablekey", "/payment/stripepublisahblekey" })
	Map<String, String> publishableKey() {
		String key = this.properties.publishableKey();
		return Map.of("publishablekey", key, "publishableKey", key);
	}

	private long amount(AuthenticatedUser user, PaymentRequest request) {
		if (request.courseId() != null) {
			long price = PriceInMinorUnits.of(this.courses.require(request.courseId()).price());
			if (price == 0) {
				throw ApiException.badRequest("This course is free, no payment is needed");
			}
			if (this.enrollments.enrolled(user.userId(), request.courseId())) {
				throw ApiException.conflict("You have already purchased this course");
			}
			return price;
		}
		if (request.amount() == null) {
			throw ApiException.unprocessable("Please enter the amount");
		}
		return request.amount();
	}

	/** {@code {success, client_secret}}. */
	record PaymentResponse(boolean success, @JsonProperty("client_secret") String clientSecret) {
	}

}
