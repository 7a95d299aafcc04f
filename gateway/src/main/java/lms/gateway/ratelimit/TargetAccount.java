package lms.gateway.ratelimit;

import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account a login, registration, activation or reset request aims at: the
 * {@code email} of its JSON body, or the {@code activation_token} of an activation.
 */
final class TargetAccount {

	private TargetAccount() {
	}

	static Optional<String> of(byte[] body, JsonMapper json) {
		try {
			JsonNode node = json.readTree(body);
			return text(node, "email").map((email) -> email.toLowerCase(Locale.ROOT))
				.or(() -> text(node, "activation_token"));
		}
		catch (RuntimeException ex) {
			// Not JSON: the service answers 400; the per-IP budget still counts it.
			return Optional.empty();
		}
	}

	private static Optional<String> text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || !value.isString() || value.asString().isBlank()) {
			return Optional.empty();
		}
		return Optional.of(value.asString().trim());
	}

}
