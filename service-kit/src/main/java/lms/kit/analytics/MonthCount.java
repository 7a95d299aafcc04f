package lms.kit.analytics;

/**
 * One entry of {@code last12Months}: the window's label and how many documents it holds.
 */
public record MonthCount(String month, long count) {
}
