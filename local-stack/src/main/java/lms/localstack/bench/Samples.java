package lms.localstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measured durations of one series, with nearest-rank percentiles.
 */
final class Samples {

	private final List<Long> nanos = new ArrayList<>();

	private int misses;

	synchronized void add(Duration duration) {
		this.nanos.add(duration.toNanos());
	}

	/** A round that never reached its end within the time allowed. */
	synchronized void miss() {
		this.misses++;
	}

	synchronized int count() {
		return this.nanos.size();
	}

	synchronized int misses() {
		return this.misses;
	}

	/**
	 * The smallest sample with at least {@code percent} % of the samples at or below it.
	 */
	synchronized Duration percentile(double percent) {
		if (this.nanos.isEmpty()) {
			throw new IllegalStateException("No samples");
		}
		List<Long> sorted = this.nanos.stream().sorted().toList();
		int rank = (int) Math.ceil(percent / 100 * sorted.size());
		return Duration.ofNanos(sorted.get(Math.max(rank, 1) - 1));
	}

	/** A table row: the label, the count, "p50 | p99 | max" and the misses. */
	String row(String label) {
		return "| " + label + " | " + count() + " | " + cells() + " | " + misses() + " |\n";
	}

	/** "p50 | p99 | max" as table cells, or dashes when nothing was measured. */
	String cells() {
		if (count() == 0) {
			return "– | – | –";
		}
		return format(percentile(50)) + " | " + format(percentile(99)) + " | " + format(percentile(100));
	}

	static String format(Duration duration) {
		double millis = duration.toNanos() / 1e6;
		if (millis < 10) {
			return String.format(Locale.ROOT, "%.2f ms", millis);
		}
		if (millis < 1000) {
			return String.format(Locale.ROOT, "%.1f ms", millis);
		}
		return String.format(Locale.ROOT, "%.2f s", millis / 1000);
	}

}
