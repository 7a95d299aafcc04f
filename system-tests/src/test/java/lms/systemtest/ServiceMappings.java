package lms.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The request mappings of a service's controllers, read from its compiled classes (the
 * module's {@code target/classes}, built before this module), so no service starts.
 */
final class ServiceMappings {

	static final List<String> SERVICES = List.of("identity", "course", "notification", "media");

	private static final String WEB = "org.springframework.web.bind.annotation.";

	private static final Set<String> CONTROLLERS = Set.of(WEB + "RestController",
			"org.springframework.stereotype.Controller");

	private static final Set<String> MAPPINGS = Set.of(WEB + "RequestMapping", WEB + "GetMapping", WEB + "PostMapping",
			WEB + "PutMapping", WEB + "PatchMapping", WEB + "DeleteMapping");

	private ServiceMappings() {
	}

	/** The module's controllers, then the kit's that it serves (dead letters). */
	static List<Mapping> of(String service) {
		List<Mapping> mappings = new ArrayList<>();
		for (JavaClass type : new ClassFileImporter().importPath(classes(service + "-service"))) {
			mappings.addAll(mappings(service, type));
		}
		mappings.addAll(mappings(service, new ClassFileImporter().importPath(classes("service-kit"))
			.get("lms.kit.deadletter.DeadLetterController")));
		return mappings;
	}

	private static Path classes(String module) {
		Path classes = Path.of("..", module, "target", "classes");
		if (!Files.isDirectory(classes)) {
			throw new IllegalStateException(classes + " is missing: build " + module + " first");
		}
		return classes;
	}

	private static List<Mapping> mappings(String service, JavaClass type) {
		if (type.getAnnotations().stream().noneMatch((a) -> CONTROLLERS.contains(a.getRawType().getName()))) {
			return List.of();
		}
		List<String> prefixes = mapping(type.getAnnotations()).orElse(List.of(""));
		List<Mapping> mappings = new ArrayList<>();
		for (JavaMethod method : type.getMethods()) {
			for (String path : mapping(method.getAnnotations()).orElse(List.of())) {
				for (String prefix : prefixes) {
					mappings.add(new Mapping(service, prefix + path, type.getSimpleName() + "." + method.getName()));
				}
			}
		}
		return mappings;
	}

	private static Optional<List<String>> mapping(Set<? extends JavaAnnotation<?>> annotations) {
		return annotations.stream()
			.filter((annotation) -> MAPPINGS.contains(annotation.getRawType().getName()))
			.findFirst()
			.map((annotation) -> {
				List<String> paths = new ArrayList<>(strings(annotation, "value"));
				paths.addAll(strings(annotation, "path"));
				return paths.isEmpty() ? List.of("") : paths;
			});
	}

	private static List<String> strings(JavaAnnotation<?> annotation, String property) {
		return annotation.get(property).map((value) -> List.of((String[]) value)).orElse(List.of());
	}

	/**
	 * One path a service answers.
	 *
	 * @param service the service's short name
	 * @param path the pattern as declared ({@code /api/v1/get-course/{id}})
	 * @param handler the controller method, for messages
	 */
	record Mapping(String service, String path, String handler) {

		/** A request path the pattern matches, with each variable filled in. */
		String example() {
			return this.path.replace("{group}", this.service + ".sample").replaceAll("\\{[^}]+}", "x");
		}

	}

}
