package lms.kit.messaging;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.Message;

/**
 * Reads a CloudEvents attribute as text. Spring Cloud Function renames the Kafka
 * binary-mode headers ({@code ce_type}) to its canonical form ({@code ce-type}) on the
 * way in, so both are looked up; values may arrive as Strings or raw bytes.
 */
public final class Headers {

	private Headers() {
	}

	public static String text(Message<?> message, String kafkaName) {
		Object value = message.getHeaders().get(kafkaName);
		if (value == null) {
			value = message.getHeaders().get(kafkaName.replace('_', '-'));
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

}
