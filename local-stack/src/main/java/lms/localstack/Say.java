package lms.localstack;

import java.util.Locale;

/**
 * Progress lines for the person watching the stack start and stop.
 */
final class Say {

	private Say() {
	}

	static void info(String message) {
		System.out.println("[local-stack] " + message);
	}

	static void problem(String message) {
		System.err.println("[local-stack] " + message);
	}

	/** The time since {@code beginNanos} (a {@link System#nanoTime()}), e.g. "3.2 s". */
	static String seconds(long beginNanos) {
		return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - beginNanos) / 1e9);
	}

}
