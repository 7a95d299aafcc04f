package lms.course.payment;

import java.util.Map;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.param.PaymentIntentCreateParams;
import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;

/** {@link PaymentGateway} on the official Stripe SDK. */
class StripePayments implements PaymentGateway {

	static final String UNAVAILABLE = "Payment service unavailable, try again shortly";

	private static final Logger log = LoggerFactory.getLogger(StripePayments.class);

	private final StripeClient stripe;

	StripePayments(StripeClient stripe) {
		this.stripe = stripe;
	}

	@Override
	public PaymentIntent create(long amount, String currency, Map<String, String> metadata) {
		PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
			.setAmount(amount)
			.setCurrency(currency)
			.putAllMetadata(metadata)
			.setAutomaticPaymentMethods(
					PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
			.build();
		try {
			return of(this.stripe.v1().paymentIntents().create(params));
		}
		catch (InvalidRequestException ex) {
			throw ApiException.badRequest(ex.getStripeError() != null && ex.getStripeError().getMessage() != null
					? ex.getStripeError().getMessage() : "Payment refused");
		}
		catch (StripeException ex) {
			throw unreachable(ex);
		}
	}

	@Override
	public Optional<PaymentIntent> retrieve(String id) {
		try {
			return Optional.of(of(this.stripe.v1().paymentIntents().retrieve(id)));
		}
		catch (InvalidRequestException ex) {
			if (Integer.valueOf(404).equals(ex.getStatusCode())) {
				return Optional.empty();
			}
			throw unreachable(ex);
		}
		catch (StripeException ex) {
			throw unreachable(ex);
		}
	}

	private static PaymentIntent of(com.stripe.model.PaymentIntent intent) {
		long amount = (intent.getAmount() != null) ? intent.getAmount() : 0;
		return new PaymentIntent(intent.getId(), intent.getClientSecret(), intent.getStatus(), amount,
				(intent.getCurrency() != null) ? intent.getCurrency().toLowerCase() : null);
	}

	private static ApiException unreachable(StripeException ex) {
		log.warn("Stripe call failed: {} (status {})", ex.getMessage(), ex.getStatusCode());
		return new ApiException(HttpStatus.BAD_GATEWAY, UNAVAILABLE);
	}

}
