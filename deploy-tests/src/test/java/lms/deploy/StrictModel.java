package lms.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * fabric8's model keeps fields it does not know in {@code additionalProperties} instead
 * of failing; this walks an object and reports every such field, so a misspelt or
 * misplaced key in a manifest fails like an unknown field would at a strict API server.
 */
final class StrictModel {

	private StrictModel() {
	}

	static List<String> unknownFields(Object resource) {
		List<String> unknown = new ArrayList<>();
		walk(resource, resource.getClass().getSimpleName(), unknown);
		return unknown;
	}

	private static void walk(Object value, String path, List<String> unknown) {
		if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
			if (value instanceof Collection<?> items) {
				int i = 0;
				for (Object item : items) {
					walk(item, path + "[" + i++ + "]", unknown);
				}
			}
			return;
		}
		for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers())) {
					continue;
				}
				field.setAccessible(true);
				Object child = read(field, value);
				if (field.getName().equals("additionalProperties") && child instanceof Map<?, ?> extra) {
					extra.keySet().forEach((key) -> unknown.add(path + "." + key));
				}
				else if (!(child instanceof Map<?, ?>)) {
					walk(child, path + "." + field.getName(), unknown);
				}
			}
		}
	}

	private static Object read(Field field, Object owner) {
		try {
			return field.get(owner);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
