package lms.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import redis.embedded.core.ExecutableProvider;
import redis.embedded.model.OsArchitecture;

/**
 * The {@code redis-server} executable shipped inside the embedded-redis jar, copied to
 * disk once so it can run as a child process.
 */
final class RedisBinary {

	private RedisBinary() {
	}

	static Path extractTo(Path directory) {
		String resource = ExecutableProvider.newProvidedVersionsMap().get(OsArchitecture.detectOSandArchitecture());
		if (resource == null) {
			throw new LocalStackException("embedded-redis ships no redis-server for this system ("
					+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
		}
		Path target = directory.resolve(Path.of(resource).getFileName().toString());
		try {
			if (!Files.isExecutable(target)) {
				copy(resource, target);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy redis-server to " + target, ex);
		}
	}

	private static void copy(String resource, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		// A copy under a temporary name, moved at the end, so a half-written binary is
		// never taken for a complete one.
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try (InputStream in = RedisBinary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("resource " + resource + " is missing from the classpath");
			}
			Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
		}
		if (!partial.toFile().setExecutable(true)) {
			throw new IOException("could not make " + partial + " executable");
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
