package lms.course.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.course.payments.*}: the Stripe account and how it is reached.
 *
 * @param secretKey Stripe's secret API key (server side only)
 * @param publishableKey the key the clients use, answered by the publishable-key endpoint
 * @param currency the currency every PaymentIntent is created in and every order checked
 * against
 * @param apiBase Stripe's API address (tests point it at a local stub)
 */
@ConfigurationProperties("lms.course.payments")
public record PaymentProperties(@DefaultValue("") String secretKey, @DefaultValue("") String publishableKey,
		@DefaultValue("usd") String currency, @DefaultValue("https://api.stripe.com") String apiBase,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout) {

	/** Without the secret key: this record is logged wherever a bean holding it is. */
	@Override
	public String toString() {
		return "PaymentProperties[secretKey=" + (this.secretKey.isEmpty() ? "" : "(set)") + ", publishableKey="
				+ this.publishableKey + ", currency=" + this.currency + ", apiBase=" + this.apiBase
				+ ", connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout + "]";
	}

}
