package lms.localstack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The main's options: {@code --key=value} or {@code --flag} arguments, each also settable
 * as the system property {@code lms.local.<key>}; arguments win.
 */
final class MainArguments {

	static final String PROPERTY_PREFIX = "lms.local.";

	private final Map<String, String> values;

	private MainArguments(Map<String, String> values) {
		this.values = values;
	}

	static MainArguments parse(String[] args, Properties systemProperties, Set<String> known) {
		Map<String, String> values = new LinkedHashMap<>();
		systemProperties.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith(PROPERTY_PREFIX))
			.forEach(
					(name) -> values.put(name.substring(PROPERTY_PREFIX.length()), systemProperties.getProperty(name)));
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "'; options look like --key=value");
			}
			int equals = arg.indexOf('=');
			String key = (equals < 0) ? arg.substring(2) : arg.substring(2, equals);
			values.put(key, (equals < 0) ? "true" : arg.substring(equals + 1));
		}
		values.keySet().stream().filter((key) -> !known.contains(key)).findFirst().ifPresent((key) -> {
			throw new IllegalArgumentException("Unknown option --" + key);
		});
		return new MainArguments(values);
	}

	Optional<String> value(String key) {
		return Optional.ofNullable(this.values.get(key)).filter((value) -> !value.isBlank());
	}

	boolean flag(String key) {
		return value(key).map(Boolean::parseBoolean).orElse(false);
	}

	Optional<Integer> port(String key) {
		return value(key).map((value) -> {
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + key + " needs a port number, not '" + value + "'");
			}
		});
	}

}
