package lms.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root (the folder holding the Maven wrapper and the local-stack
 * module) from the working directory, which is a module folder in Maven tests.
 */
final class ProjectRoot {

	static final String PROPERTY = "lms.project-root";

	private ProjectRoot() {
	}

	static Path locate() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		Path start = Path.of("").toAbsolutePath();
		for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
			if (Files.exists(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("local-stack"))) {
				return candidate;
			}
		}
		return start;
	}

}
