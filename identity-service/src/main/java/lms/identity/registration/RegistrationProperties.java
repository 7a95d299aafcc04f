package lms.identity.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.activation.*}: the emailed code. Four digits by default because the
 * existing clients have four input boxes.
 */
@ConfigurationProperties("lms.identity.activation")
public record RegistrationProperties(@DefaultValue("4") int codeLength, @DefaultValue("5m") Duration validity,
		@DefaultValue("5") int maxAttempts) {
}
