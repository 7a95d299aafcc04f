package lms.kit.messaging;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.Message;

/**
 * Reads a header as text whether the binder mapped it to a String or left raw bytes.
 */
final class Headers {

	private Headers() {
	}

	static String text(Message<?> message, String name) {
		Object value = message.getHeaders().get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

}
