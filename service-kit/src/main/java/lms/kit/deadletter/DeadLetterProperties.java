package lms.kit.deadletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.dead-letters.*}: how the dead letters of this service's consumer groups are
 * read, replayed and counted.
 *
 * @param listLimit the most entries one list answer shows (newest first)
 * @param maxScan the most records read from one dead-letter topic per request
 * @param claimLease how long a replay holds its claim on an event should its instance die
 * @param gaugeInterval how often the waiting dead letters are counted
 * @param kafkaTimeout how long a read waits for the broker
 */
@ConfigurationProperties("lms.dead-letters")
public record DeadLetterProperties(@DefaultValue("100") int listLimit, @DefaultValue("10000") int maxScan,
		@DefaultValue("5m") Duration claimLease, @DefaultValue("30s") Duration gaugeInterval,
		@DefaultValue("5s") Duration kafkaTimeout) {
}
