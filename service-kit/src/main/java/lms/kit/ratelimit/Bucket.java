package lms.kit.ratelimit;

import java.time.Duration;

/**
 * A token bucket: at most {@code capacity} requests at once (the burst), then one more
 * each {@code refillEvery}. An idle bucket fills up again in capacity × refillEvery.
 *
 * @param capacity the burst a caller may spend at once
 * @param refillEvery the time one spent token takes to come back
 */
public record Bucket(int capacity, Duration refillEvery) {

	public Bucket {
		if (capacity < 1) {
			throw new IllegalArgumentException("A bucket holds at least one token, not " + capacity);
		}
		if (refillEvery == null || refillEvery.toNanos() < 1000) {
			throw new IllegalArgumentException("A bucket refills at most one token per microsecond");
		}
	}

	/** The sustained rate, for messages and sizing. */
	public double perMinute() {
		return Duration.ofMinutes(1).toNanos() / (double) this.refillEvery.toNanos();
	}

}
