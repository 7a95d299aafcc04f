package lms.course.payment;

import java.util.Map;
import java.util.Optional;

/**
 * The payment provider. Failures to reach it are {@code ApiException}s with 502/503.
 */
public interface PaymentGateway {

	PaymentIntent create(long amount, String currency, Map<String, String> metadata);

	/**
	 * The intent as the provider knows it now; empty when the provider knows no such id.
	 */
	Optional<PaymentIntent> retrieve(String id);

}
