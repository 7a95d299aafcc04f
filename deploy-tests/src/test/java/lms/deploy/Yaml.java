package lms.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML read as Spring does: every document, nested keys joined with dots, lists indexed.
 */
final class Yaml {

	private Yaml() {
	}

	static Map<String, Object> flatten(byte[] yaml) {
		Map<String, Object> flat = new LinkedHashMap<>();
		if (yaml == null) {
			return flat;
		}
		for (Object document : parser().loadAll(new String(yaml, java.nio.charset.StandardCharsets.UTF_8))) {
			flatten("", document, flat);
		}
		return flat;
	}

	/** A parsed map, flattened like a file. */
	static Map<String, Object> flatten(Map<String, Object> map) {
		Map<String, Object> flat = new LinkedHashMap<>();
		flatten("", map, flat);
		return flat;
	}

	/** Every document of a multi-document stream (e.g. rendered manifests), as maps. */
	static List<Map<String, Object>> documents(String yaml) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : parser().loadAll(yaml)) {
			if (document instanceof Map<?, ?> map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> typed = (Map<String, Object>) map;
				documents.add(typed);
			}
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(String yaml) {
		return (Map<String, Object>) parser().load(yaml);
	}

	private static org.yaml.snakeyaml.Yaml parser() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
	}

	private static void flatten(String prefix, Object value, Map<String, Object> flat) {
		if (!prefix.isEmpty() && ((value instanceof Map<?, ?> none && none.isEmpty())
				|| (value instanceof List<?> nothing && nothing.isEmpty()))) {
			// an empty map or list is still a key the file sets (e.g. a client with no
			// scopes)
			flat.put(prefix, value);
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach(
					(key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, flat));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "[" + i + "]", list.get(i), flat);
			}
		}
		else {
			flat.put(prefix, value);
		}
	}

}
