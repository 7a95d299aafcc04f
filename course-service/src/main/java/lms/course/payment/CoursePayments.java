package lms.course.payment;

import java.time.Clock;
import java.util.Optional;

import lms.kit.web.ApiException;

import org.springframework.stereotype.Component;

/**
 * Spends a payment on a course: only a PaymentIntent this service created for the same
 * user, {@code succeeded} at Stripe, of at least the price in the configured currency,
 * and never spent before. Spending marks the record before the enrollment is written;
 * {@link #release} gives it back if the enrollment then cannot be written.
 */
@Component
public class CoursePayments {

	public static final String NOT_AUTHORIZED = "Payment not authorized!";

	static final String REQUIRED = "This course requires a payment";

	static final String TOO_LOW = "The payment does not cover the course price";

	static final String WRONG_CURRENCY = "The payment is not in the currency of the course price";

	static final String USED = "This payment has already been used";

	static final String NONE_FOUND = "No completed payment for this course was found";

	private final PaymentGateway gateway;

	private final Payments payments;

	private final PaymentProperties properties;

	private final Clock clock;

	CoursePayments(PaymentGateway gateway, Payments payments, PaymentProperties properties, Clock clock) {
		this.gateway = gateway;
		this.payments = payments;
		this.properties = properties;
		this.clock = clock;
	}

	/** Spends the named PaymentIntent on the course; returns its id. */
	public String spend(String userId, String intentId, String courseId, long price) {
		if (intentId == null || intentId.isBlank()) {
			throw ApiException.badRequest(REQUIRED);
		}
		Payment payment = this.payments.find(intentId)
			.filter((p) -> p.userId().equals(userId))
			.orElseThrow(() -> ApiException.badRequest(NOT_AUTHORIZED));
		if (payment.usedFor() != null) {
			throw ApiException.conflict(USED);
		}
		PaymentIntent intent = this.gateway.retrieve(intentId)
			.orElseThrow(() -> ApiException.badRequest(NOT_AUTHORIZED));
		check(intent, price);
		if (!this.payments.claim(payment, courseId, this.clock.instant())) {
			throw ApiException.conflict(USED);
		}
		return intentId;
	}

	/** Spends the caller's newest unused succeeded payment that covers the price. */
	public String spendNewest(String userId, String courseId, long price) {
		for (Payment payment : this.payments.unused(userId)) {
			Optional<PaymentIntent> intent = this.gateway.retrieve(payment.id());
			if (intent.isPresent() && covers(intent.get(), price)
					&& this.payments.claim(payment, courseId, this.clock.instant())) {
				return payment.id();
			}
		}
		throw ApiException.badRequest(NONE_FOUND);
	}

	public void release(String intentId, String courseId) {
		this.payments.release(intentId, courseId);
	}

	private void check(PaymentIntent intent, long price) {
		if (!intent.succeeded()) {
			throw ApiException.badRequest(NOT_AUTHORIZED);
		}
		if (!currency().equals(intent.currency())) {
			throw ApiException.badRequest(WRONG_CURRENCY);
		}
		if (intent.amount() < price) {
			throw ApiException.badRequest(TOO_LOW);
		}
	}

	private boolean covers(PaymentIntent intent, long price) {
		return intent.succeeded() && currency().equals(intent.currency()) && intent.amount() >= price;
	}

	private String currency() {
		return this.properties.currency().toLowerCase();
	}

}
