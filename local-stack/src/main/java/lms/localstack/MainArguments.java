package lms.localstack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options of the stack's mains ({@code LocalStackMain}, the system bench):
 * {@code --key=value} or {@code --flag} arguments, each also settable as the system
 * property {@code lms.local.<key>}; arguments win. One parser for both, so they refuse
 * and explain alike.
 */
public final class MainArguments {

	static final String PROPERTY_PREFIX = "lms.local.";

	private final Map<String, String> values;

	private MainArguments(Map<String, String> values) {
		this.values = values;
	}

	public static MainArguments parse(String[] args, Properties systemProperties, Set<String> known) {
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
			throw new IllegalArgumentException("Unknown option --" + key + "; known: "
					+ known.stream().sorted().map((name) -> "--" + name).collect(Collectors.joining(", ")));
		});
		return new MainArguments(values);
	}

	public Optional<String> value(String key) {
		return Optional.ofNullable(this.values.get(key)).filter((value) -> !value.isBlank());
	}

	public boolean flag(String key) {
		return value(key).map(Boolean::parseBoolean).orElse(false);
	}

	Optional<Integer> port(String key) {
		return number(key, "a port number");
	}

	public Optional<Integer> number(String key) {
		return number(key, "a whole number");
	}

	private Optional<Integer> number(String key, String what) {
		return value(key).map((value) -> {
			try {
				return Integer.parseInt(value.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + key + " needs " + what + ", not '" + value + "'");
			}
		});
	}

}
