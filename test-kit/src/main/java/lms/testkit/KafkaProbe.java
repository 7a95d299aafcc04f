package lms.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes records of any Kafka cluster in tests, without a consumer group: each
 * read starts from the beginning of every partition of the topic.
 *
 * @param bootstrapServers the cluster to talk to
 */
public record KafkaProbe(String bootstrapServers) {

	private static final Duration POLL = Duration.ofMillis(100);

	/**
	 * Waits until the topic holds at least {@code count} records.
	 * @param topic the topic, which may not exist yet
	 * @param count the number of records expected
	 * @param timeout how long to wait
	 * @return every record read, at least {@code count}, in partition order
	 * @throws AssertionError if fewer arrived in time
	 */
	public List<ConsumerRecord<String, String>> awaitRecords(String topic, int count, Duration timeout) {
		List<ConsumerRecord<String, String>> records = read(topic, count, timeout);
		if (records.size() < count) {
			throw new AssertionError("Expected %d records on '%s' within %s but got %d: %s".formatted(count, topic,
					timeout, records.size(), records.stream().map(ConsumerRecord::value).toList()));
		}
		return records;
	}

	/**
	 * Reads whatever the topic holds, waiting the whole {@code wait}: to assert that
	 * nothing (or nothing more) arrived.
	 * @param topic the topic
	 * @param wait how long to keep reading
	 * @return the records read
	 */
	public List<ConsumerRecord<String, String>> recordsWithin(String topic, Duration wait) {
		return read(topic, Integer.MAX_VALUE, wait);
	}

	/**
	 * Writes one record and waits for the broker's acknowledgement.
	 * @param topic the topic
	 * @param key the key, may be {@code null}
	 * @param value the value
	 * @param headers headers written as UTF-8
	 * @return where the record landed
	 */
	public RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
		headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
			return producer.send(record).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not send to " + topic, ex.getCause());
		}
	}

	/**
	 * The last value of a header as UTF-8 text, e.g. {@code ce_type}.
	 * @param record the record
	 * @param name the header name
	 * @return the value or {@code null} if absent
	 */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private List<ConsumerRecord<String, String>> read(String topic, int atLeast, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
			if (!assignFromBeginning(consumer, topic, deadline)) {
				return records;
			}
			while (records.size() < atLeast && System.nanoTime() < deadline) {
				consumer.poll(POLL).forEach(records::add);
			}
		}
		return records;
	}

	private boolean assignFromBeginning(KafkaConsumer<String, String> consumer, String topic, long deadline) {
		while (System.nanoTime() < deadline) {
			List<TopicPartition> partitions = partitions(consumer, topic);
			if (!partitions.isEmpty()) {
				consumer.assign(partitions);
				consumer.seekToBeginning(partitions);
				return true;
			}
			sleep();
		}
		return false;
	}

	private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
		try {
			return consumer.partitionsFor(topic, POLL.multipliedBy(5))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
		}
		catch (TimeoutException ex) {
			return List.of();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> consumerConfig() {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
	}

	private Map<String, Object> producerConfig() {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
	}

}
