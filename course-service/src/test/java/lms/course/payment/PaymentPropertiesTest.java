package lms.course.payment;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentPropertiesTest {

	@Test
	void theSecretKeyNeverReachesTheTextOfTheProperties() {
		PaymentProperties properties = new PaymentProperties("sk_test_secret", "pk_test_public", "usd",
				"https://api.stripe.com", Duration.ofSeconds(5), Duration.ofSeconds(20));

		assertThat(properties.toString()).doesNotContain("sk_test_secret")
			.contains("secretKey=(set)", "pk_test_public", "usd");
		assertThat(new PaymentController(null, null, null, null, properties).toString())
			.doesNotContain("sk_test_secret");
	}

}
