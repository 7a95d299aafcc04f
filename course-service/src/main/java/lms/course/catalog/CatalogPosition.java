package lms.course.catalog;

import java.util.Collection;

import lms.kit.cache.EventPositionHolder;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * How far this instance has read the course events (binding {@code courseCache}): moved
 * by each event, and, when the partitions are assigned, to where reading starts, since
 * every event before that was written before this instance reads MongoDB. Without the
 * latter an instance started after the last edit would reflect no position, and the
 * gateways that saw the edit would keep none of its answers.
 */
@Component
class CatalogPosition implements KafkaBindingRebalanceListener {

	static final String BINDING = "courseCache-in-0";

	private static final Logger log = LoggerFactory.getLogger(CatalogPosition.class);

	private final EventPositionHolder holder = new EventPositionHolder();

	EventPositionHolder holder() {
		return this.holder;
	}

	@Override
	public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
			boolean initial) {
		if (!BINDING.equals(bindingName)) {
			return;
		}
		for (TopicPartition partition : partitions) {
			try {
				this.holder.advance(partition.topic(), partition.partition(), consumer.position(partition));
			}
			catch (KafkaException ex) {
				log.debug("No start position for {}: {}", partition, ex.getMessage());
			}
		}
	}

}
