package lms.systemtest;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Holds an outage for its whole length while driving load through it: the actions run one
 * after another, spread evenly over the outage, which ends no earlier than its length
 * after it began.
 */
final class Outage {

	private Outage() {
	}

	static void hold(Duration length, List<Runnable> load) {
		long begin = System.nanoTime();
		for (int i = 0; i < load.size(); i++) {
			awaitElapsed(begin, length.multipliedBy(i).dividedBy(load.size()));
			load.get(i).run();
		}
		awaitElapsed(begin, length);
	}

	private static void awaitElapsed(long begin, Duration elapsed) {
		await().pollInterval(Duration.ofMillis(200))
			.atMost(elapsed.plusMinutes(2))
			.until(() -> System.nanoTime() - begin >= elapsed.toNanos());
	}

}
