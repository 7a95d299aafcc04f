package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A Spring Boot exec jar unpacked into a plain jar beside its libraries (Boot's
 * {@code jarmode=tools extract}). The JVM's class-data sharing only archives classes
 * loaded from plain jars on the class path, never from the nested jars of an exec jar, so
 * only the unpacked form lets the archive cover Spring and the service's own classes.
 */
final class ExtractedJar {

	private static final String STAMP = ".extracted-from";

	private ExtractedJar() {
	}

	/**
	 * The jar to launch: the unpacked one, extracted again when the exec jar changed, or
	 * the given jar itself when it is not a Spring Boot exec jar.
	 */
	static Path launchable(Path execJar, Path directory) {
		if (!isSpringBootJar(execJar)) {
			return execJar;
		}
		Path unpacked = directory.resolve(execJar.getFileName());
		String source = stamp(execJar);
		if (!Files.isRegularFile(unpacked) || !source.equals(read(directory.resolve(STAMP)))) {
			extract(execJar, directory);
			write(directory.resolve(STAMP), source);
		}
		return unpacked;
	}

	/**
	 * Whether the directory holds this very jar unpacked (or it is no exec jar at all).
	 */
	static boolean isCurrent(Path execJar, Path directory) {
		return !isSpringBootJar(execJar) || (Files.isRegularFile(directory.resolve(execJar.getFileName()))
				&& stamp(execJar).equals(read(directory.resolve(STAMP))));
	}

	static boolean isSpringBootJar(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.getManifest() != null
					&& file.getManifest().getMainAttributes().getValue("Spring-Boot-Version") != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void extract(Path execJar, Path directory) {
		deleteRecursively(directory);
		List<String> command = List.of(JavaCommand.executable(), "-Djarmode=tools", "-jar", execJar.toString(),
				"extract", "--destination", directory.toString());
		try {
			Files.createDirectories(directory.getParent());
			Path output = Files.createTempFile(directory.getParent(), "extract-", ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new LocalStackException("Could not unpack " + execJar + ": " + Files.readString(output));
			}
			Files.delete(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack " + execJar, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalStackException("Interrupted while unpacking " + execJar, ex);
		}
	}

	private static String stamp(Path jar) {
		try {
			return jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
