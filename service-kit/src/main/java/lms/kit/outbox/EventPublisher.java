package lms.kit.outbox;

/**
 * Sends one event to the broker and returns only once the broker has acknowledged it.
 */
public interface EventPublisher {

	void publish(OutboxEntry entry);

}
