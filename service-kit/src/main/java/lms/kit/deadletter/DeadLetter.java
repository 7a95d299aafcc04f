package lms.kit.deadletter;

import java.time.Instant;

/**
 * What an operator sees of a dead letter in a list: the event, when it failed, how often
 * it was tried, and the failure (its root cause, secrets masked).
 *
 * @param id names the dead letter within its group
 * @param topic the topic the event was read from
 * @param type the event type ({@code ce_type})
 * @param eventId the event id ({@code ce_id})
 * @param subject the aggregate the event is about ({@code ce_subject})
 * @param time when the event happened ({@code ce_time})
 * @param deadLetteredAt when the group gave up on it
 * @param attempts how often the group tried it
 * @param exception the class of the failure's root cause
 * @param message the root cause's message
 */
public record DeadLetter(String id, String topic, String type, String eventId, String subject, Instant time,
		Instant deadLetteredAt, Integer attempts, String exception, String message) {
}
