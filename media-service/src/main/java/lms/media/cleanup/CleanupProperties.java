package lms.media.cleanup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.media.cleanup.*}: how the deletion worker retries.
 *
 * @param pollInterval how often it looks for due deletions
 * @param initialBackOff the pause after the first failure, doubled after each one
 * @param maxBackOff the longest pause
 * @param lease how long a claimed deletion is left to the instance that claimed it
 * @param batchSize deletions claimed per pass
 */
@ConfigurationProperties("lms.media.cleanup")
record CleanupProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("2s") Duration initialBackOff,
		@DefaultValue("5m") Duration maxBackOff, @DefaultValue("1m") Duration lease,
		@DefaultValue("20") int batchSize) {

	Duration backOff(int failures) {
		int doublings = Math.min(Math.max(failures - 1, 0), 20);
		Duration pause = this.initialBackOff.multipliedBy(1L << doublings);
		return (pause.compareTo(this.maxBackOff) > 0) ? this.maxBackOff : pause;
	}

}
