package lms.kit.deadletter;

import java.time.Instant;

/**
 * What became of a dead letter: replayed or discarded, by whom and when; a replay's
 * outcome says whether the handler ran ({@code handled}) or the group had already handled
 * the event ({@code skipped}).
 */
public record Resolution(String id, String eventId, String action, String by, Instant at, String outcome) {

	public static final String REPLAYED = "replayed";

	public static final String DISCARDED = "discarded";

	public static final String HANDLED = "handled";

	public static final String SKIPPED = "skipped";

}
