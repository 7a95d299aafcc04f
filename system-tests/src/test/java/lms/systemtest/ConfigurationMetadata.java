package lms.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code lms.*} properties in the configuration metadata that
 * spring-boot-configuration-processor wrote into each module's classes (its
 * {@code additional-spring-configuration-metadata.json} merged in).
 */
final class ConfigurationMetadata {

	/** The modules that read {@code lms.*} configuration. */
	static final List<String> MODULES = List.of("service-kit", "media-api", "gateway", "identity-service",
			"course-service", "notification-service", "media-service");

	private ConfigurationMetadata() {
	}

	static Set<String> lmsProperties() {
		JsonMapper json = JsonMapper.builder().build();
		Set<String> properties = new TreeSet<>();
		for (String module : MODULES) {
			Path file = Path.of("..", module, "target", "classes", "META-INF", "spring-configuration-metadata.json");
			if (!Files.isRegularFile(file)) {
				throw new IllegalStateException(file + " is missing: compile " + module + " first");
			}
			for (JsonNode property : json.readTree(file.toFile()).path("properties")) {
				String name = property.path("name").asString();
				if (name.startsWith("lms.")) {
					properties.add(name);
				}
			}
		}
		return properties;
	}

}
