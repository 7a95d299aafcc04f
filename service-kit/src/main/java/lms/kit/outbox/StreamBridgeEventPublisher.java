package lms.kit.outbox;

import java.nio.charset.StandardCharsets;

import lms.events.CloudEventHeaders;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes an outbox entry as a CloudEvent in Kafka binary mode through Spring Cloud
 * Stream. Producers run in sync mode (kit defaults), so a send returns after
 * {@code acks=all}.
 */
public class StreamBridgeEventPublisher implements EventPublisher {

	private final StreamBridge bridge;

	public StreamBridgeEventPublisher(StreamBridge bridge) {
		this.bridge = bridge;
	}

	@Override
	public void publish(OutboxEntry entry) {
		if (!this.bridge.send(entry.topic(), message(entry), MimeTypeUtils.APPLICATION_JSON)) {
			throw new IllegalStateException("Broker refused event " + entry.eventId());
		}
	}

	static Message<byte[]> message(OutboxEntry entry) {
		return MessageBuilder.withPayload(entry.payload().getBytes(StandardCharsets.UTF_8))
			.setHeader(KafkaHeaders.KEY, entry.key().getBytes(StandardCharsets.UTF_8))
			.setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
			.setHeader(CloudEventHeaders.ID, entry.eventId())
			.setHeader(CloudEventHeaders.TYPE, entry.type())
			.setHeader(CloudEventHeaders.SOURCE, entry.source())
			.setHeader(CloudEventHeaders.TIME, entry.time().toString())
			.setHeader(CloudEventHeaders.SUBJECT, entry.subject())
			.setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
			.build();
	}

}
