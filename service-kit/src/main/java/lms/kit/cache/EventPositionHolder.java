package lms.kit.cache;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.messaging.Message;

/**
 * This instance's {@link EventPosition} on the topics its cache evictions read, moved by
 * each event consumed (and by the position a partition was assigned at), never back.
 */
public final class EventPositionHolder {

	private final AtomicReference<EventPosition> position = new AtomicReference<>(EventPosition.START);

	public EventPosition current() {
		return this.position.get();
	}

	/** Moves past the consumed message; call before acting on it. */
	public EventPosition advance(Message<?> message) {
		return this.position.updateAndGet((current) -> current.after(message));
	}

	/** Moves the partition to {@code next} unless already further. */
	public EventPosition advance(String topic, int partition, long next) {
		return this.position.updateAndGet((current) -> current.at(topic, partition, next));
	}

}
