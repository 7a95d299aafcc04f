package lms.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;

/**
 * The one place that names dead-letter topics: what consumer group {@code g} gives up on
 * from topic {@code t} goes to {@code t.g.dlt}. One function per group may read several
 * topics, so a fixed {@code dlq-name} per binding cannot name the record's own topic: as
 * the binder's {@link DlqDestinationResolver} the group comes from the failed message's
 * headers (or the consumer thread's group), and a listener container's recoverer names it
 * ({@link #destination}).
 */
public final class DeadLetterTopics implements DlqDestinationResolver {

	static final String UNKNOWN_GROUP = "unknown";

	/** The dead-letter topic of {@code group} for records read from {@code topic}. */
	public static String name(String topic, String group) {
		return topic + "." + group + ".dlt";
	}

	@Override
	public String apply(ConsumerRecord<?, ?> record, Exception failure) {
		return name(record.topic(), group(failure));
	}

	/**
	 * The dead letter of a record the group gives up on; the producer picks the
	 * partition.
	 */
	public static TopicPartition destination(ConsumerRecord<?, ?> record, String group) {
		return new TopicPartition(name(record.topic(), group), -1);
	}

	static String group(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MessagingException messaging && messaging.getFailedMessage() != null) {
				Message<?> failed = messaging.getFailedMessage();
				Object group = failed.getHeaders().get(KafkaHeaders.GROUP_ID);
				if (group != null) {
					return group.toString();
				}
			}
		}
		String consumerThreadGroup = KafkaUtils.getConsumerGroupId();
		return (consumerThreadGroup != null) ? consumerThreadGroup : UNKNOWN_GROUP;
	}

}
