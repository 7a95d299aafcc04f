package lms.testkit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the small JSON documents the stubs answer with, without a JSON library.
 */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map((entry) -> quote(entry.getKey().toString()) + ":" + write(entry.getValue()))
				.collect(Collectors.joining(",", "{", "}"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
		}
		return quote(value.toString());
	}

	private static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> json.append((c < 0x20) ? "\\u%04x".formatted((int) c) : String.valueOf(c));
			}
		}
		return json.append('"').toString();
	}

}
