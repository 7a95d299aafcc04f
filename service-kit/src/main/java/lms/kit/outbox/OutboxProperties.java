package lms.kit.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.outbox.*}: which collections hold outboxes and how the relay polls them.
 *
 * @param collections the collections whose documents carry an {@code outbox} array
 * @param pollInterval how often the relay looks for entries nobody woke it for
 * @param maxBackOff the longest pause after the broker failed
 * @param batchSize documents read per collection and pass
 */
@ConfigurationProperties("lms.outbox")
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("10s") Duration maxBackOff, @DefaultValue("200") int batchSize) {
}
