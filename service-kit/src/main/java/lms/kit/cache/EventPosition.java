package lms.kit.cache;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * How far into the topics a reader of events has come: per topic partition, the offset of
 * the next event it will read. Kafka orders each partition the same way for every reader,
 * so two instances that read the same topics can compare where they are: an answer tagged
 * with the position its maker had reached reflects every event before it, and a cache
 * that has seen further refuses it ({@link #covers}). Written as
 * {@code topic:partition:offset} entries separated by commas (the {@value #HEADER}
 * header).
 *
 * @param offsets next offset by {@code topic:partition}
 */
public record EventPosition(Map<String, Long> offsets) {

	/** The answer header that tells the position its maker had reached. */
	public static final String HEADER = "X-LMS-Catalog-Position";

	/**
	 * The answer header of identity's {@code me}: how far into the user events the view
	 * is.
	 */
	public static final String USER_HEADER = "X-LMS-User-Position";

	/** Where nothing has been read yet. */
	public static final EventPosition START = new EventPosition(Map.of());

	public EventPosition {
		offsets = Map.copyOf(offsets);
	}

	/** The position after the given consumed record, and never behind this one. */
	public EventPosition after(String topic, int partition, long offset) {
		return at(topic, partition, offset + 1);
	}

	/** This position with the partition at {@code next} unless it was already further. */
	public EventPosition at(String topic, int partition, long next) {
		String key = topic + ":" + partition;
		if (this.offsets.getOrDefault(key, -1L) >= next) {
			return this;
		}
		Map<String, Long> moved = new TreeMap<>(this.offsets);
		moved.put(key, next);
		return new EventPosition(moved);
	}

	/**
	 * Whether everything read up to {@code other} was read up to this position too (a
	 * partition this position does not name counts as not read at all).
	 */
	public boolean covers(EventPosition other) {
		for (Map.Entry<String, Long> entry : other.offsets.entrySet()) {
			if (this.offsets.getOrDefault(entry.getKey(), 0L) < entry.getValue()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The position after a consumed Kafka message (the binder's topic, partition and
	 * offset headers), or this one when the message has none.
	 */
	public EventPosition after(Message<?> message) {
		Object topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
		Object partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION);
		Object offset = message.getHeaders().get(KafkaHeaders.OFFSET);
		if (topic instanceof String name && partition instanceof Number number && offset instanceof Number at) {
			return after(name, number.intValue(), at.longValue());
		}
		return this;
	}

	/** The header's form; the empty string for {@link #START}. */
	public String format() {
		StringBuilder out = new StringBuilder();
		new TreeMap<>(this.offsets).forEach((key, next) -> {
			if (!out.isEmpty()) {
				out.append(',');
			}
			out.append(key).append(':').append(next);
		});
		return out.toString();
	}

	/**
	 * Reads the header's form; anything else (absent, made up, from an older version)
	 * reads as {@link #START}, the position every cache that has seen an event refuses.
	 */
	public static EventPosition parse(String text) {
		if (text == null || text.isBlank()) {
			return START;
		}
		Map<String, Long> offsets = new TreeMap<>();
		for (String entry : text.split(",")) {
			int last = entry.lastIndexOf(':');
			int partition = (last > 0) ? entry.lastIndexOf(':', last - 1) : -1;
			if (partition <= 0) {
				return START;
			}
			try {
				Integer.parseInt(entry.substring(partition + 1, last).strip());
				offsets.put(entry.substring(0, last).strip(), Long.parseLong(entry.substring(last + 1).strip()));
			}
			catch (NumberFormatException ex) {
				return START;
			}
		}
		return new EventPosition(offsets);
	}

	@Override
	public String toString() {
		return format();
	}

}
