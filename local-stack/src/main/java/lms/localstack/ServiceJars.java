package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the executable jar each service module builds
 * ({@code <module>-<version>-exec.jar} in its target folder).
 */
final class ServiceJars {

	private final Path projectRoot;

	ServiceJars(Path projectRoot) {
		this.projectRoot = projectRoot;
	}

	/**
	 * The newest exec jar of each service; fails naming every missing one and what to do.
	 */
	Map<LmsService, Path> locateAll(Collection<LmsService> services) {
		Map<LmsService, Path> jars = new EnumMap<>(LmsService.class);
		services.forEach((service) -> find(service).ifPresent((jar) -> jars.put(service, jar)));
		List<String> missing = services.stream()
			.filter((service) -> !jars.containsKey(service))
			.sorted()
			.map((service) -> targetOf(service) + "/" + service.moduleName() + "-<version>-exec.jar")
			.toList();
		if (!missing.isEmpty()) {
			throw new LocalStackException("Executable jars are missing: " + String.join(", ", missing)
					+ ". Build the services first: run './mvnw -B -DskipTests install' in " + this.projectRoot
					+ " (bin/run does it for you).");
		}
		return jars;
	}

	Optional<Path> find(LmsService service) {
		Path target = targetOf(service);
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		String prefix = service.moduleName() + "-";
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().startsWith(prefix))
				.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
				.max(Comparator.comparing(ServiceJars::lastModified));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path targetOf(LmsService service) {
		return this.projectRoot.resolve(service.moduleName()).resolve("target");
	}

	private static long lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
