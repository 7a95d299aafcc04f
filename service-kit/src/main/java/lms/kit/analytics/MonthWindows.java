package lms.kit.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The original's twelve 28-day windows, oldest first: the last ends at the midnight after
 * today; each is labelled by its end date ({@code "Aug 24, 2024"}).
 */
public record MonthWindows(Instant start, List<Window> windows) {

	public static final int DAYS = 28;

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

	public static MonthWindows endingToday(Clock clock, ZoneId zone) {
		LocalDate lastEnd = LocalDate.now(clock.withZone(zone)).plusDays(1);
		List<Window> windows = IntStream.rangeClosed(0, 11).map((i) -> 11 - i).mapToObj((i) -> {
			LocalDate end = lastEnd.minusDays((long) DAYS * i);
			return new Window(end.minusDays(DAYS).atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(),
					LABEL.format(end));
		}).toList();
		return new MonthWindows(windows.get(0).start(), windows);
	}

	public Instant end() {
		return this.windows.get(this.windows.size() - 1).end();
	}

	public record Window(Instant start, Instant end, String month) {
	}

}
