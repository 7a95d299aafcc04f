package lms.identity.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development keys on disk: generated on first start, kept across restarts, rotated
 * (current becomes previous) once older than the rotation age.
 */
public class KeyDirectory {

	private static final Logger log = LoggerFactory.getLogger(KeyDirectory.class);

	static final String CURRENT = "current.jwk";

	static final String PREVIOUS = "previous.jwk";

	private final Path directory;

	private final Clock clock;

	public KeyDirectory(Path directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** Loads the keys, generating or rotating first when needed. */
	public synchronized KeyRing load(Duration rotateAfter) {
		try {
			Files.createDirectories(this.directory);
			Path current = this.directory.resolve(CURRENT);
			if (!Files.exists(current)) {
				write(current, SigningKey.generate());
				log.info("Generated a development signing key in {}", this.directory);
			}
			else if (isOlderThan(current, rotateAfter)) {
				rotate();
			}
			Path previous = this.directory.resolve(PREVIOUS);
			return new KeyRing(read(current), Files.exists(previous) ? read(previous) : null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep signing keys in " + this.directory, ex);
		}
	}

	/** The current key becomes the previous one and a new key signs from now on. */
	public synchronized void rotate() throws IOException {
		move(this.directory.resolve(CURRENT), this.directory.resolve(PREVIOUS));
		write(this.directory.resolve(CURRENT), SigningKey.generate());
		log.info("Rotated the development signing key in {}", this.directory);
	}

	private boolean isOlderThan(Path file, Duration age) throws IOException {
		Instant written = Files.getLastModifiedTime(file).toInstant();
		return !age.isZero() && written.plus(age).isBefore(this.clock.instant());
	}

	private static SigningKey read(Path file) throws IOException {
		return SigningKey.parse(Files.readString(file));
	}

	private void write(Path target, SigningKey key) throws IOException {
		Path temporary = Files.createTempFile(this.directory, "key", ".tmp");
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("No POSIX permissions on {}", temporary);
		}
		Files.writeString(temporary, key.toPrivateJson());
		move(temporary, target);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
