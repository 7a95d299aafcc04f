package lms.kit.deadletter;

import java.util.Map;

import lms.kit.kafka.KafkaConnection;
import lms.kit.messaging.DeadLetterTopics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes records a listener container gives up on to their dead-letter topic, as they
 * were read (raw bytes and headers, plus spring-kafka's {@code kafka_dlt-*} headers), and
 * waits for the broker's ack: a dead letter that cannot be written fails the recovery, so
 * the record is retried rather than lost. For groups whose retries live in the container
 * rather than the binder.
 */
public class DeadLetterPublisher implements DisposableBean {

	private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

	public DeadLetterPublisher(KafkaConnection connection) {
		this.producers = new DefaultKafkaProducerFactory<>(
				connection.with(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
						true, ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
						15000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000)),
				new ByteArraySerializer(), new ByteArraySerializer());
	}

	/** Recovers a record of {@code group} by writing it to its dead-letter topic. */
	public DeadLetterPublishingRecoverer recoverer(String group) {
		return new DeadLetterPublishingRecoverer(new KafkaTemplate<>(this.producers),
				(record, failure) -> DeadLetterTopics.destination(record, group));
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

}
