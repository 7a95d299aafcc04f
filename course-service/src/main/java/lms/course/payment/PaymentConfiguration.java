package lms.course.payment;

import com.stripe.StripeClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Stripe client, built from {@link PaymentProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

	@Bean
	PaymentGateway paymentGateway(PaymentProperties properties) {
		StripeClient client = StripeClient.builder()
			.setApiKey(properties.secretKey())
			.setApiBase(properties.apiBase().replaceAll("/+$", ""))
			.setConnectTimeout((int) properties.connectTimeout().toMillis())
			.setReadTimeout((int) properties.readTimeout().toMillis())
			.setMaxNetworkRetries(1)
			.build();
		return new StripePayments(client);
	}

}
