package lms.systemtest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * A module's {@code src/main/resources/application.yml} as Spring reads its keys: nested
 * and dotted keys both become one dotted name; lists stay values.
 */
final class ModuleSettings {

	private final Map<String, Object> flat = new LinkedHashMap<>();

	private ModuleSettings(Map<String, Object> yaml) {
		flatten("", yaml);
	}

	static ModuleSettings of(String module) {
		Path file = Path.of("..", module, "src", "main", "resources", "application.yml");
		try (Reader reader = Files.newBufferedReader(file)) {
			Map<String, Object> yaml = new Yaml().load(reader);
			return new ModuleSettings(yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A list, given as a YAML list or as one comma-separated string; empty if absent. */
	List<String> list(String key) {
		Object value = this.flat.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return Arrays.stream(value.toString().split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> maps(String key) {
		Object value = this.flat.get(key);
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

	@SuppressWarnings("unchecked")
	private void flatten(String prefix, Map<String, Object> map) {
		map.forEach((key, value) -> {
			String name = prefix.isEmpty() ? key : prefix + "." + key;
			if (value instanceof Map<?, ?> nested) {
				flatten(name, (Map<String, Object>) nested);
			}
			else {
				this.flat.put(name, value);
			}
		});
	}

}
