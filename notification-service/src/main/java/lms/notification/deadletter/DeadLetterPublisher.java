package lms.notification.deadletter;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Publishes records a listener container gives up on to their dead-letter topic, as they
 * were read (raw bytes and headers), and waits for the broker's ack: a dead letter that
 * cannot be written fails the recovery, so the record is retried rather than lost.
 */
@Component
public class DeadLetterPublisher implements DisposableBean {

	private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

	private final DeadLetterTopics topics;

	DeadLetterPublisher(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers, DeadLetterTopics topics) {
		this.producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000,
				ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000), new ByteArraySerializer(), new ByteArraySerializer());
		this.topics = topics;
	}

	/** Recovers a record of {@code group} by writing it to its dead-letter topic. */
	public DeadLetterPublishingRecoverer recoverer(String group) {
		return new DeadLetterPublishingRecoverer(new KafkaTemplate<>(this.producers),
				(record, failure) -> this.topics.destination(record, group));
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

}
