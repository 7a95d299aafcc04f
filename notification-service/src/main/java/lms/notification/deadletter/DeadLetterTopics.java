package lms.notification.deadletter;

import lms.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.stereotype.Component;

/**
 * Sends what a consumer group gives up on to {@code <topic>.<group>.dlt}. One function
 * per group reads several topics, so a fixed {@code dlq-name} per binding cannot name the
 * record's own topic; the binder's dead letters take the group from the failed message's
 * headers, a listener container's error handler names it ({@link #destination}).
 */
@Component
public class DeadLetterTopics implements DlqDestinationResolver {

	static final String UNKNOWN_GROUP = "notification";

	@Override
	public String apply(ConsumerRecord<?, ?> record, Exception failure) {
		return Topics.deadLetter(record.topic(), group(failure));
	}

	/**
	 * The dead letter of a record the group gives up on; the producer picks the
	 * partition.
	 */
	public TopicPartition destination(ConsumerRecord<?, ?> record, String group) {
		return new TopicPartition(Topics.deadLetter(record.topic(), group), -1);
	}

	private static String group(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MessagingException messaging && messaging.getFailedMessage() != null) {
				Message<?> failed = messaging.getFailedMessage();
				Object group = failed.getHeaders().get(KafkaHeaders.GROUP_ID);
				if (group != null) {
					return group.toString();
				}
			}
		}
		return UNKNOWN_GROUP;
	}

}
