package lms.notification.deadletter;

import lms.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.stereotype.Component;

/**
 * Sends what a consumer group gives up on to {@code <topic>.<group>.dlt}. One function
 * per group reads several topics, so a fixed {@code dlq-name} per binding cannot name the
 * record's own topic; the group comes from the failed message's headers.
 */
@Component
class DeadLetterTopics implements DlqDestinationResolver {

	static final String UNKNOWN_GROUP = "notification";

	@Override
	public String apply(ConsumerRecord<?, ?> record, Exception failure) {
		return Topics.deadLetter(record.topic(), group(failure));
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
