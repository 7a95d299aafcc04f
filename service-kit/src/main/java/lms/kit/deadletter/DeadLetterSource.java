package lms.kit.deadletter;

import lms.kit.messaging.DeadLetterTopics;
import lms.kit.messaging.EventHandlers;

/**
 * One topic a consumer group reads, whose failures wait in {@code <topic>.<group>.dlt},
 * and the handlers a replay runs.
 *
 * @param group the consumer group
 * @param topic the topic the group reads
 * @param handlers the group's handlers for that topic
 * @param maxAttempts how often the binder tries a record before dead-lettering it
 */
public record DeadLetterSource(String group, String topic, EventHandlers handlers, int maxAttempts) {

	public String deadLetterTopic() {
		return DeadLetterTopics.name(this.topic, this.group);
	}

}
