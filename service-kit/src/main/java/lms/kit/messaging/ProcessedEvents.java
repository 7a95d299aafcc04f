package lms.kit.messaging;

/**
 * Remembers which events a consumer group has handled, so a redelivery has no second
 * effect.
 */
public interface ProcessedEvents {

	boolean contains(String group, String eventId);

	void add(String group, String eventId);

}
