package lms.kit.cache;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;

/**
 * This instance's {@link EventPosition} on the topics its cache evictions read, moved by
 * each event consumed (and by the position a partition was assigned at), never back.
 */
public final class EventPositionHolder {

	private static final Logger log = LoggerFactory.getLogger(EventPositionHolder.class);

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

	/**
	 * Moves each assigned partition to where its consumer starts reading: every event
	 * before that was written before this instance reads its store.
	 */
	public void assigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		for (TopicPartition partition : partitions) {
			try {
				advance(partition.topic(), partition.partition(), consumer.position(partition));
			}
			catch (KafkaException ex) {
				log.debug("No start position for {}: {}", partition, ex.getMessage());
			}
		}
	}

}
