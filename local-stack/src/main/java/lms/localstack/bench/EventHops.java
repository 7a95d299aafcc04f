package lms.localstack.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The hops of a course event on one clock (every process runs on this machine): when the
 * write stored it ({@code ce_time}, the outbox entry's time), when the relay sent it (the
 * record's create time, set by the producer), and when a consumer of its own here fetched
 * it, read from the topic by a thread of its own from the moment this is made.
 */
final class EventHops implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final Thread reader;

	private final ConcurrentLinkedQueue<Hop> seen = new ConcurrentLinkedQueue<>();

	EventHops(String bootstrap, String topic) {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
						false, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
				new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = this.consumer.partitionsFor(topic)
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		partitions.forEach(this.consumer::position);
		this.reader = Thread.ofPlatform().daemon().name("event-hops").start(this::read);
	}

	private void read() {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofSeconds(1))) {
					long fetched = System.currentTimeMillis();
					text(record, "ce_time").map(Instant::parse)
						.ifPresent((written) -> this.seen.add(new Hop(record.key(), text(record, "ce_type").orElse(""),
								written.toEpochMilli(), record.timestamp(), fetched)));
				}
			}
		}
		catch (WakeupException ex) {
			// closing
		}
	}

	/**
	 * The first event of the given type about {@code key} written at or after
	 * {@code since} (epoch milliseconds), once fetched, within {@code within}.
	 */
	Optional<Hop> await(String key, String type, long since, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<Hop> hop = this.seen.stream()
				.filter((h) -> h.key().equals(key) && h.type().equals(type) && h.written() >= since)
				.findFirst();
			if (hop.isPresent()) {
				this.seen.removeIf((h) -> h.written() <= hop.get().written());
				return hop;
			}
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static Optional<String> text(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		if (header == null) {
			return Optional.empty();
		}
		String value = new String(header.value(), StandardCharsets.UTF_8);
		return Optional.of(value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
	}

	@Override
	public void close() {
		this.consumer.wakeup();
		try {
			this.reader.join(Duration.ofSeconds(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
	}

	/**
	 * @param key the record's key (the course)
	 * @param type its {@code ce_type}
	 * @param written when the write stored it (epoch ms)
	 * @param sent when the relay's producer sent it (epoch ms)
	 * @param fetched when this consumer had it (epoch ms)
	 */
	record Hop(String key, String type, long written, long sent, long fetched) {

		Duration writeToSend() {
			return Duration.ofMillis(Math.max(0, this.sent - this.written));
		}

		Duration sendToFetch() {
			return Duration.ofMillis(Math.max(0, this.fetched - this.sent));
		}

	}

}
