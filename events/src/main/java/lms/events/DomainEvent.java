package lms.events;

/**
 * A payload record of the event catalog. The aggregate id is the Kafka key and the
 * CloudEvents subject, so one aggregate's events stay in order.
 */
public interface DomainEvent {

	String aggregateId();

}
