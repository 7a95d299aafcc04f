package lms.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root, found upwards from the working directory. */
final class Repository {

	private Repository() {
	}

	static Path root() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.isRegularFile(directory.resolve("docker-compose.yml"))) {
			directory = directory.getParent();
		}
		if (directory == null) {
			throw new IllegalStateException("No docker-compose.yml above " + Path.of("").toAbsolutePath());
		}
		return directory;
	}

	static Path file(String relative) {
		return root().resolve(relative);
	}

}
