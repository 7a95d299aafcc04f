package lms.kit.messaging;

import java.time.Instant;

/**
 * An event as a consumer sees it: the CloudEvents attributes and the payload record.
 */
public record ReceivedEvent<T>(String id, String type, String subject, Instant time, T payload) {
}
