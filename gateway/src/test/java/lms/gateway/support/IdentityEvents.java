package lms.gateway.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import lms.events.CloudEventHeaders;
import lms.events.DomainEvent;
import lms.events.EventCatalog;
import lms.events.EventDescriptor;
import lms.testkit.KafkaProbe;
import tools.jackson.databind.json.JsonMapper;

/** Publishes events as identity-service's outbox relay does: CloudEvents, binary mode. */
public final class IdentityEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KafkaProbe kafka;

	public IdentityEvents(String bootstrapServers) {
		this.kafka = new KafkaProbe(bootstrapServers);
	}

	public void publish(DomainEvent event) {
		EventDescriptor descriptor = EventCatalog.of(event.getClass());
		Map<String, String> headers = Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE,
				descriptor.type(), CloudEventHeaders.SOURCE, "/identity-service", CloudEventHeaders.SPEC_VERSION,
				CloudEventHeaders.SPEC_VERSION_1_0, CloudEventHeaders.TIME, Instant.now().toString(),
				CloudEventHeaders.SUBJECT, event.aggregateId(), CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		this.kafka.send(descriptor.topic(), event.aggregateId(), JSON.writeValueAsString(event), headers);
	}

}
