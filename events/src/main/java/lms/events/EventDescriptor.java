package lms.events;

/**
 * One entry of the event catalog.
 */
public record EventDescriptor(String type, String topic, Class<? extends DomainEvent> payload) {
}
