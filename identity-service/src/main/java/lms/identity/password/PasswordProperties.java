package lms.identity.password;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.password.*}: Argon2id cost and the accepted password lengths.
 */
@ConfigurationProperties("lms.identity.password")
public record PasswordProperties(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
		@DefaultValue("6") int minLength, @DefaultValue("128") int maxLength) {
}
