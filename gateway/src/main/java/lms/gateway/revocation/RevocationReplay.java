package lms.gateway.revocation;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Whether this instance has read every revocation that was on the topics when its
 * consumer got its partitions: until then it may not know a session is revoked, so it is
 * not ready for traffic (health contributor {@code revocations}, part of readiness).
 */
class RevocationReplay implements KafkaBindingRebalanceListener, HealthIndicator {

	static final String BINDING = "revocations-in-0";

	/** The end offset of each partition still being replayed. */
	private final Map<TopicPartition, Long> pending = new ConcurrentHashMap<>();

	private volatile boolean assigned;

	private volatile boolean caughtUp;

	@Override
	public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
			boolean initial) {
		if (!BINDING.equals(bindingName) || this.caughtUp) {
			return;
		}
		consumer.endOffsets(partitions).forEach((partition, end) -> {
			if (end != null && consumer.position(partition) < end) {
				this.pending.put(partition, end);
			}
		});
		this.assigned = true;
	}

	/** Notes a record of the revocation topics as read, whether or not it mattered. */
	void read(Message<?> message) {
		String topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, String.class);
		Integer partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
		Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
		if (topic != null && partition != null && offset != null) {
			TopicPartition key = new TopicPartition(topic, partition);
			this.pending.computeIfPresent(key, (tp, end) -> (offset + 1 >= end) ? null : end);
		}
	}

	boolean isCaughtUp() {
		if (!this.caughtUp && this.assigned && this.pending.isEmpty()) {
			this.caughtUp = true;
		}
		return this.caughtUp;
	}

	@Override
	public Health health() {
		if (isCaughtUp()) {
			return Health.up().build();
		}
		return Health.outOfService()
			.withDetail("assigned", this.assigned)
			.withDetail("partitionsReplaying", this.pending.size())
			.build();
	}

}
