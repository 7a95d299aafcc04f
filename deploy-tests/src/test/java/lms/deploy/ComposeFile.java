package lms.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docker-compose.yml} as Compose reads it (anchors and merge keys resolved), with
 * {@code ${NAME:-default}} and {@code ${NAME:?message}} read as their defaults.
 */
final class ComposeFile {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?([-?])([^}]*))?}");

	private final String text;

	private final Map<String, Object> root;

	private ComposeFile(String text) {
		this.text = text;
		this.root = Yaml.map(text);
	}

	static ComposeFile read() {
		try {
			return new ComposeFile(Files.readString(Repository.file("docker-compose.yml")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String text() {
		return this.text;
	}

	Map<String, Map<String, Object>> services() {
		return typed(this.root.get("services"));
	}

	Map<String, Object> service(String name) {
		return services().get(name);
	}

	Map<String, Map<String, Object>> secrets() {
		return typed(this.root.get("secrets"));
	}

	Map<String, Map<String, Object>> networks() {
		return typed(this.root.get("networks"));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> environment(Map<String, Object> service) {
		Object environment = service.get("environment");
		return (environment instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof List<?> list) ? (List<Object>) list : List.of();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof Map<?, ?> child) ? (Map<String, Object>) child : Map.of();
	}

	/**
	 * The value as Compose would use it with nothing set in the environment or .env; a
	 * required variable ({@code :?}) reads {@code <NAME>}.
	 */
	static String withDefaults(Object value) {
		Matcher variable = VARIABLE.matcher(String.valueOf(value));
		StringBuilder resolved = new StringBuilder();
		while (variable.find()) {
			String replacement = "-".equals(variable.group(2)) ? variable.group(3) : "<" + variable.group(1) + ">";
			variable.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
		}
		return variable.appendTail(resolved).toString();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> typed(Object value) {
		return (Map<String, Map<String, Object>>) value;
	}

}
