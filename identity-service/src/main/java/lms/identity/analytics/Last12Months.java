package lms.identity.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The original's twelve 28-day windows, oldest first: the last ends at the local midnight
 * after today, each label is its end date ("Aug 24, 2024").
 *
 * @param boundaries thirteen instants, each window from one to the next
 * @param labels twelve labels
 */
record Last12Months(List<Instant> boundaries, List<String> labels) {

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

	static Last12Months endingAt(Clock clock, ZoneId zone) {
		LocalDate lastEnd = LocalDate.ofInstant(clock.instant(), zone).plusDays(1);
		List<Instant> boundaries = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int i = 12; i >= 0; i--) {
			LocalDate date = lastEnd.minusDays(28L * i);
			boundaries.add(date.atStartOfDay(zone).toInstant());
			if (i < 12) {
				labels.add(LABEL.format(date));
			}
		}
		return new Last12Months(List.copyOf(boundaries), List.copyOf(labels));
	}

	/** {@code [{month, count}]} with the counts per window. */
	List<MonthCount> withCounts(long[] counts) {
		List<MonthCount> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(new MonthCount(this.labels.get(i), counts[i]));
		}
		return months;
	}

	record MonthCount(String month, long count) {
	}

}
