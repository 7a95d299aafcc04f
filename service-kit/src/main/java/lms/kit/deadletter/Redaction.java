package lms.kit.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Masks what an operator must not read in a dead letter: fields named like codes, tokens,
 * passwords, secrets or keys, at any depth, in payloads that parse; in text (a payload
 * that does not parse, a failure's message) such name-value pairs and every run of four
 * or more digits (codes, card numbers).
 */
final class Redaction {

	static final String MASK = "[redacted]";

	private static final Pattern SECRET_NAME = Pattern
		.compile("(?i).*(code|token|secret|passw|otp|credential|signature|sealed|apikey|api_key|private|cipher).*");

	private static final Pattern SECRET_PAIR = Pattern.compile(
			"(?i)(\"?[\\w-]*(?:code|token|secret|passw|otp|credential|signature|sealed|key|cipher)[\\w-]*\"?\\s*[:=]\\s*)(\"[^\"]*\"|[^\\s,;}&]+)");

	private static final Pattern DIGITS = Pattern.compile("\\d{4,}");

	private static final int MAX_TEXT = 2000;

	private Redaction() {
	}

	static JsonNode payload(byte[] bytes, JsonMapper json) {
		if (bytes == null) {
			return null;
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		try {
			JsonNode tree = json.readTree(text);
			if (tree != null && (tree.isObject() || tree.isArray())) {
				return redact(tree);
			}
		}
		catch (JacksonException ex) {
			// not JSON: shown as masked text
		}
		return StringNode.valueOf(text(text));
	}

	static String text(String text) {
		if (text == null) {
			return null;
		}
		String shortened = (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) + "…" : text;
		String pairsMasked = SECRET_PAIR.matcher(shortened).replaceAll("$1" + MASK);
		return DIGITS.matcher(pairsMasked).replaceAll(MASK);
	}

	private static JsonNode redact(JsonNode node) {
		if (node instanceof ObjectNode object) {
			List<String> names = List.copyOf(object.propertyNames());
			for (String name : names) {
				JsonNode value = object.get(name);
				if (SECRET_NAME.matcher(name).matches() && !value.isNull()) {
					object.put(name, MASK);
				}
				else {
					redact(value);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(Redaction::redact);
		}
		return node;
	}

}
