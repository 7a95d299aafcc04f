package lms.course.payment;

/**
 * What this service needs to know of a payment provider's intent: amounts in the minor
 * unit of a lower-case currency.
 */
public record PaymentIntent(String id, String clientSecret, String status, long amount, String currency) {

	public static final String SUCCEEDED = "succeeded";

	public boolean succeeded() {
		return SUCCEEDED.equals(this.status);
	}

}
