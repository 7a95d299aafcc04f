package lms.identity.user;

import java.util.Collection;

import lms.kit.cache.EventPosition;
import lms.kit.cache.EventPositionHolder;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * How far this instance has read the user events (binding {@code userChanges}): moved
 * after each event's view was forgotten, and, when the partitions are assigned, to where
 * reading starts. A {@code me} answer read after this position reflects every user event
 * before it (each change and its event are one write; a view cached before the event was
 * forgotten first), so identity tells it to the gateway
 * ({@link EventPosition#USER_HEADER}), whose edge cache refuses an answer older than an
 * event it has seen.
 */
@Component
public class UserViewPosition implements KafkaBindingRebalanceListener {

	static final String BINDING = "userChanges-in-0";

	private final EventPositionHolder holder = new EventPositionHolder();

	public EventPosition current() {
		return this.holder.current();
	}

	void passed(Message<?> event) {
		this.holder.advance(event);
	}

	@Override
	public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
			boolean initial) {
		if (!BINDING.equals(bindingName)) {
			return;
		}
		this.holder.assigned(consumer, partitions);
	}

}
