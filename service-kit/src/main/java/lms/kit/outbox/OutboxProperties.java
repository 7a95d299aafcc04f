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
 * @param batchSize documents claimed per collection and pass
 * @param lease how long a claim keeps other replicas off a document; a relay starts no
 * send in the second half of its lease, and a crashed relay's documents are free again
 * once it lapses
 */
@ConfigurationProperties("lms.outbox")
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("10s") Duration maxBackOff, @DefaultValue("100") int batchSize,
		@DefaultValue("30s") Duration lease) {
}
