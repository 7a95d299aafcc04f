package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The code-sealing key of identity- and notification-service, as secret files (file name
 * = property name, read through {@code configtree}): a new key for every run, the last
 * run's kept as the previous one, so codes still waiting in Kafka or an outbox from that
 * run are mailed after a restart. Nothing secret goes on a command line.
 */
final class CodeSealingSecrets {

	static final String CURRENT = "lms.code-sealing.current-key";

	static final String PREVIOUS = "lms.code-sealing.previous-key";

	private static final SecureRandom RANDOM = new SecureRandom();

	private CodeSealingSecrets() {
	}

	static Path directory(Path dataDirectory) {
		return dataDirectory.resolve("secrets").resolve("code-sealing");
	}

	/** Makes this run's key; returns the directory to import. */
	static Path rotate(Path dataDirectory) {
		Path directory = directory(dataDirectory);
		try {
			Files.createDirectories(directory);
			restrict(directory, "rwx------");
			Path current = directory.resolve(CURRENT);
			if (Files.exists(current)) {
				Files.move(current, directory.resolve(PREVIOUS), StandardCopyOption.REPLACE_EXISTING);
			}
			byte[] key = new byte[32];
			RANDOM.nextBytes(key);
			Files.writeString(current, Base64.getEncoder().encodeToString(key));
			restrict(current, "rw-------");
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the code-sealing key under " + directory, ex);
		}
	}

	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the data directory's own protection applies.
		}
	}

}
