package lms.localstack.bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Progress lines on standard error, so that standard output stays the report.
 */
final class Progress {

	private Progress() {
	}

	static void say(String message) {
		System.err.println("[system-bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
	}

}
