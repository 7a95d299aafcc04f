package lms.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every byte some topics hold, as the broker stores them: key, value and headers of every
 * record up to the end offsets when read. Proves what never travels on the bus, dead
 * letters included (their topics share the prefix of the topic they come from).
 *
 * @param bytesByTopic each topic's records, one after the other
 */
public record BusBytes(Map<String, byte[]> bytesByTopic) {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Pattern LINE_NUMBERS = Pattern.compile("\\.java:\\d+\\)");

	/** Reads every topic whose name starts with {@code prefix}, from the beginning. */
	public static BusBytes read(String bootstrapServers, String prefix) {
		Map<String, byte[]> bytes = new TreeMap<>();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
				KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers))) {
			for (String topic : admin.listTopics().names().get()) {
				if (topic.startsWith(prefix)) {
					bytes.put(topic, readAll(consumer, topic));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not list the topics", ex.getCause());
		}
		return new BusBytes(bytes);
	}

	/**
	 * The topics whose bytes show {@code code} on its own, as a JSON value or a word of a
	 * message would: not inside a run of letters, digits, {@code -} and {@code _} (a
	 * UUID's hex group, a date, Base64url), nor as a stack trace's line number in a dead
	 * letter's headers, so a short code is not "found" by chance.
	 */
	public List<String> topicsShowing(String code) {
		Pattern alone = Pattern.compile("(?<![0-9A-Za-z_-])" + Pattern.quote(code) + "(?![0-9A-Za-z_-])");
		return this.bytesByTopic.entrySet()
			.stream()
			.filter((topic) -> alone.matcher(text(topic.getValue())).find())
			.map(Map.Entry::getKey)
			.toList();
	}

	private static String text(byte[] bytes) {
		return LINE_NUMBERS.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).replaceAll(".java)");
	}

	private static byte[] readAll(KafkaConsumer<byte[], byte[]> consumer, String topic) {
		List<TopicPartition> partitions = consumer.partitionsFor(topic)
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!partitions.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition))) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Could not read " + topic + " to its end within " + TIMEOUT);
			}
			consumer.poll(Duration.ofMillis(100)).forEach((record) -> append(out, record));
		}
		return out.toByteArray();
	}

	private static void append(ByteArrayOutputStream out, ConsumerRecord<byte[], byte[]> record) {
		List<byte[]> parts = new ArrayList<>();
		parts.add(record.key());
		parts.add(record.value());
		for (Header header : record.headers()) {
			parts.add(header.key().getBytes(StandardCharsets.UTF_8));
			parts.add(header.value());
		}
		for (byte[] part : parts) {
			if (part != null) {
				out.writeBytes(part);
			}
			out.write('\n');
		}
	}

	private static Map<String, Object> consumerConfig(String bootstrapServers) {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_uncommitted");
	}

}
