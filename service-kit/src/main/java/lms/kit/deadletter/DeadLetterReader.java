package lms.kit.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lms.kit.kafka.KafkaConnection;
import lms.kit.web.ApiException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads dead-letter topics directly, partition by partition, without a consumer group
 * (nothing is committed, so reading never consumes a dead letter). A broker that does not
 * answer in time is a 503.
 */
class DeadLetterReader {

	private static final Duration POLL = Duration.ofMillis(200);

	private final Map<String, Object> config;

	private final Duration timeout;

	DeadLetterReader(KafkaConnection connection, Duration timeout) {
		this.timeout = timeout;
		this.config = connection.with(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false, ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				(int) timeout.toMillis(), ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
				ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader"));
	}

	/** Up to {@code max} records of the topic, oldest first, as they are now. */
	List<ConsumerRecord<byte[], byte[]>> all(String topic, int max) {
		return withConsumer((consumer) -> {
			List<TopicPartition> partitions = partitions(consumer, topic);
			List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
			if (partitions.isEmpty()) {
				return records;
			}
			consumer.assign(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			consumer.seekToBeginning(partitions);
			long deadline = System.nanoTime() + this.timeout.toNanos() * 2;
			while (records.size() < max && !reachedEnd(consumer, ends) && System.nanoTime() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))
							&& records.size() < max) {
						records.add(record);
					}
				}
			}
			return records;
		});
	}

	/** The record at this partition and offset, if the topic still holds it. */
	Optional<ConsumerRecord<byte[], byte[]>> one(String topic, int partition, long offset) {
		return withConsumer((consumer) -> {
			TopicPartition wanted = new TopicPartition(topic, partition);
			if (!partitions(consumer, topic).contains(wanted)) {
				return Optional.empty();
			}
			consumer.assign(List.of(wanted));
			long begin = consumer.beginningOffsets(List.of(wanted)).get(wanted);
			long end = consumer.endOffsets(List.of(wanted)).get(wanted);
			if (offset < begin || offset >= end) {
				return Optional.empty();
			}
			consumer.seek(wanted, offset);
			long deadline = System.nanoTime() + this.timeout.toNanos();
			while (System.nanoTime() < deadline && consumer.position(wanted) <= offset) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					if (record.offset() == offset) {
						return Optional.of(record);
					}
				}
			}
			return Optional.empty();
		});
	}

	/**
	 * Per partition, the first offset the topic still holds and the next it will write.
	 */
	Map<Integer, OffsetRange> offsets(String topic) {
		return withConsumer((consumer) -> {
			List<TopicPartition> partitions = partitions(consumer, topic);
			Map<Integer, OffsetRange> ranges = new HashMap<>();
			if (!partitions.isEmpty()) {
				Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
				Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
				partitions.forEach((partition) -> ranges.put(partition.partition(),
						new OffsetRange(begins.get(partition), ends.get(partition))));
			}
			return ranges;
		});
	}

	private List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic) {
		List<PartitionInfo> infos = consumer.partitionsFor(topic, this.timeout);
		return (infos != null) ? infos.stream().map((info) -> new TopicPartition(topic, info.partition())).toList()
				: List.of();
	}

	private static boolean reachedEnd(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

	private <T> T withConsumer(java.util.function.Function<Consumer<byte[], byte[]>, T> work) {
		try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(this.config, new ByteArrayDeserializer(),
				new ByteArrayDeserializer())) {
			return work.apply(consumer);
		}
		catch (KafkaException ex) {
			throw ApiException.unavailable("Kafka unavailable, try again shortly");
		}
	}

	record OffsetRange(long begin, long end) {

		long size() {
			return this.end - this.begin;
		}

	}

}
