package lms.notification.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import lms.events.CloudEventHeaders;
import lms.events.DomainEvent;
import lms.events.EventDescriptor;
import lms.events.EventCatalog;
import lms.testkit.KafkaProbe;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events the way a producing service's relay does: CloudEvents binary mode on
 * the event's topic, keyed by its aggregate id.
 */
public record TestEvents(String brokers, JsonMapper json) {

	/** Publishes under a new event id and returns it. */
	public String publish(DomainEvent event) {
		String id = UUID.randomUUID().toString();
		publish(event, id, Instant.now());
		return id;
	}

	public void publish(DomainEvent event, String eventId, Instant time) {
		EventDescriptor descriptor = EventCatalog.of(event.getClass());
		new KafkaProbe(this.brokers).send(descriptor.topic(), event.aggregateId(), this.json.writeValueAsString(event),
				Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, descriptor.type(),
						CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0, CloudEventHeaders.SOURCE,
						"/test", CloudEventHeaders.TIME, time.toString(), CloudEventHeaders.SUBJECT,
						event.aggregateId(), CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
	}

}
