package lms.kit.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import lms.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A record read back from a dead-letter topic, with its source. Understands the headers
 * of both writers: the binder's ({@code x-original-*}, {@code x-exception-*}) and
 * spring-kafka's recoverer ({@code kafka_dlt-*}).
 */
record DeadLetterRecord(DeadLetterSource source, ConsumerRecord<byte[], byte[]> record) {

	private static final String CAUSED_BY = "Caused by: ";

	DeadLetterId id() {
		return new DeadLetterId(this.source.topic(), this.record.partition(), this.record.offset());
	}

	String eventId() {
		return header(CloudEventHeaders.ID);
	}

	DeadLetter summary() {
		Failure failure = failure();
		return new DeadLetter(id().toString(), this.source.topic(), header(CloudEventHeaders.TYPE), eventId(),
				header(CloudEventHeaders.SUBJECT), time(), Instant.ofEpochMilli(this.record.timestamp()), attempts(),
				failure.exception(), Redaction.text(failure.message()));
	}

	/** The event as the group's consumer received it: payload and headers. */
	Message<byte[]> message() {
		MessageBuilder<byte[]> builder = MessageBuilder
			.withPayload((this.record.value() != null) ? this.record.value() : new byte[0]);
		for (Header header : this.record.headers()) {
			if (header.key().startsWith("ce_") || header.key().equals("traceparent")) {
				builder.setHeader(header.key(), header.value());
			}
		}
		return builder.setHeader(KafkaHeaders.RECEIVED_TOPIC, this.source.topic()).build();
	}

	private Instant time() {
		String time = header(CloudEventHeaders.TIME);
		try {
			return (time != null) ? Instant.parse(time) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private Integer attempts() {
		Header attempt = this.record.headers().lastHeader(KafkaHeaders.DELIVERY_ATTEMPT);
		if (attempt != null && attempt.value() != null && attempt.value().length == Integer.BYTES) {
			return ByteBuffer.wrap(attempt.value()).getInt();
		}
		return this.source.maxAttempts();
	}

	/** The innermost cause the stack trace names, else the exception header. */
	private Failure failure() {
		String trace = header("x-exception-stacktrace", KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
		if (trace != null) {
			int last = trace.lastIndexOf(CAUSED_BY);
			String line = trace.substring((last >= 0) ? last + CAUSED_BY.length() : 0).lines().findFirst().orElse("");
			int colon = line.indexOf(": ");
			if (!line.isBlank()) {
				return (colon > 0) ? new Failure(line.substring(0, colon), line.substring(colon + 2))
						: new Failure(line.trim(), null);
			}
		}
		return new Failure(header("x-exception-fqcn", KafkaHeaders.DLT_EXCEPTION_FQCN),
				header("x-exception-message", KafkaHeaders.DLT_EXCEPTION_MESSAGE));
	}

	private String header(String... names) {
		for (String name : names) {
			Header header = this.record.headers().lastHeader(name);
			if (header != null && header.value() != null) {
				return new String(header.value(), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private record Failure(String exception, String message) {
	}

}
