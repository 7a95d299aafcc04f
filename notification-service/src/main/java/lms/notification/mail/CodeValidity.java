package lms.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How many whole minutes a mailed code stays valid, rounded up and at least one.
 */
final class CodeValidity {

	private CodeValidity() {
	}

	static long minutesLeft(Clock clock, Instant expiresAt) {
		long seconds = Duration.between(clock.instant(), expiresAt).toSeconds();
		return Math.max(1, (seconds + 59) / 60);
	}

}
