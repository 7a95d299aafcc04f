package lms.localstack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition by asking it again and again.
 */
public final class Poll {

	private static final Duration INTERVAL = Duration.ofMillis(200);

	private Poll() {
	}

	/**
	 * Returns whether the condition became true before the timeout. The condition may
	 * throw to stop waiting early.
	 */
	static boolean until(Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			sleep(INTERVAL);
		}
		return true;
	}

	public static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalStackException("Interrupted while waiting", ex);
		}
	}

}
