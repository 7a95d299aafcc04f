package lms.gateway.ratelimit;

import java.time.Duration;

/**
 * Whether a request may pass; if not, when to retry ({@code -1}: the budget could not be
 * checked at all).
 */
record Verdict(boolean allowed, long retryAfterSeconds) {

	static final Verdict ALLOWED = new Verdict(true, 0);

	static final Verdict UNCHECKED = new Verdict(false, -1);

	static Verdict throttled(Duration remaining) {
		long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
		return new Verdict(false, seconds);
	}

	Verdict strictest(Verdict other) {
		if (this.allowed) {
			return other;
		}
		if (other.allowed) {
			return this;
		}
		return (this.retryAfterSeconds >= other.retryAfterSeconds) ? this : other;
	}

}
