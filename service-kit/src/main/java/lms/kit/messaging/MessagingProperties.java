package lms.kit.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.messaging.*}: how long processed event ids are remembered.
 */
@ConfigurationProperties("lms.messaging")
public record MessagingProperties(@DefaultValue("7d") Duration processedRetention) {
}
