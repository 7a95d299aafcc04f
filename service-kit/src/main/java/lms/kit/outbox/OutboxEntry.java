package lms.kit.outbox;

import java.time.Instant;

/**
 * A pending event inside the document whose change caused it, stored in that document's
 * {@code outbox} array until the broker has acknowledged it. Its id is the CloudEvents
 * id.
 */
public record OutboxEntry(String eventId, String type, String topic, String key, String subject, String source,
		Instant time, String payload, String traceParent) {

	/** The field that holds pending entries in every document that produces events. */
	public static final String FIELD = "outbox";

}
