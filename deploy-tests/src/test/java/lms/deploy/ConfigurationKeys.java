package lms.deploy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration properties one service reads: those its jars declare in their
 * metadata, the keys of its {@code application.yml} and the kit's defaults, and the names
 * its placeholders refer to. Names compare in Spring's relaxed form (lower case, no
 * dashes), so {@code LMS_PUBLICURL} binds to {@code lms.public-url}; map- and list-typed
 * properties take any key below them.
 */
final class ConfigurationKeys {

	/** Read by the JVM's launcher and by glibc, not by Spring. */
	private static final Set<String> JVM_VARIABLES = Set.of("JDK_JAVA_OPTIONS", "MALLOC_ARENA_MAX");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

	private final Set<String> names = new HashSet<>();

	private final Set<String> prefixes = new HashSet<>();

	private ConfigurationKeys(ServiceJar jar) {
		JsonMapper json = new JsonMapper();
		for (byte[] metadata : jar.metadata()) {
			JsonNode properties = json.readTree(metadata).path("properties");
			properties.forEach((property) -> add(property.path("name").asString(), property.path("type").asString()));
		}
		for (String file : new String[] { "application.yml", "lms-kit-defaults.yml" }) {
			Yaml.flatten(jar.resource(file)).forEach(this::addKey);
		}
	}

	static ConfigurationKeys of(Service service) {
		return new ConfigurationKeys(ServiceJar.of(service));
	}

	/** Whether Spring binds this environment variable to a property the service reads. */
	boolean bindsVariable(String variable) {
		return JVM_VARIABLES.contains(variable) || binds(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
	}

	/**
	 * Whether the property (e.g. a secret file's name under configtree) is one the
	 * service reads.
	 */
	boolean bindsProperty(String property) {
		return binds(relaxed(property));
	}

	private boolean binds(String relaxed) {
		return this.names.contains(relaxed)
				|| this.prefixes.stream().anyMatch((prefix) -> relaxed.startsWith(prefix + "."));
	}

	private void add(String name, String type) {
		if (type.startsWith("java.util.Map") || type.startsWith("java.util.List") || type.endsWith("[]")) {
			this.prefixes.add(relaxed(name));
		}
		this.names.add(relaxed(name));
	}

	private void addKey(String key, Object value) {
		String name = key.replaceAll("\\[[^]]*]", "");
		this.names.add(relaxed(name));
		if (key.contains("[")) {
			this.prefixes.add(relaxed(key.substring(0, key.indexOf('['))));
		}
		if (value instanceof String text) {
			Matcher placeholder = PLACEHOLDER.matcher(text);
			while (placeholder.find()) {
				this.names.add(relaxed(placeholder.group(1)));
			}
		}
	}

	static String relaxed(String name) {
		return name.toLowerCase(Locale.ROOT).replace("-", "").replace('_', '.');
	}

	@Override
	public String toString() {
		return this.names.size() + " properties, " + this.prefixes.size() + " maps and lists";
	}

}
