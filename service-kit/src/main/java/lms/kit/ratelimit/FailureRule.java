package lms.kit.ratelimit;

import java.time.Duration;

/**
 * Failures allowed before attempts are spaced out: the first {@code free} failures in a
 * {@code window} cost nothing; from then on each attempt locks the subject for
 * {@code firstLock}, doubling with every further one up to {@code maxLock}. The count is
 * forgotten once the window (or the last lock, if longer) has passed.
 *
 * @param free failures that cost nothing
 * @param window how long failures are remembered, from the first one
 * @param firstLock the lock after the first failure beyond {@code free}
 * @param maxLock the longest lock
 */
public record FailureRule(int free, Duration window, Duration firstLock, Duration maxLock) {

	public FailureRule {
		if (free < 0 || window.toMillis() < 1 || firstLock.toMillis() < 1 || maxLock.compareTo(firstLock) < 0) {
			throw new IllegalArgumentException("Invalid failure rule: free " + free + ", window " + window + ", locks "
					+ firstLock + " to " + maxLock);
		}
	}

}
