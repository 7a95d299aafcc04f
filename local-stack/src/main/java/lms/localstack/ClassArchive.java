package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * A service's dynamic class-data-sharing archive: later starts load Spring and the
 * service from it much faster. It is written by a training JVM of its own, never by the
 * running service: the service's context refreshes with the same JVM options and exits
 * ({@code -Dspring.context.exit=onRefresh}), writing the classes it loaded
 * ({@code -XX:ArchiveClassesAtExit}), as the image's AOT cache is trained. The former
 * {@code jcmd VM.cds dynamic_dump} into the running service crashed identity-service on
 * JDK 25.0.3 minutes later (SIGSEGV in {@code LambdaProxyClassDictionary}), twice in an
 * evening. The file name carries the JDK version; the archive is dropped when the
 * service's jar changes.
 */
final class ClassArchive {

	private final Path file;

	private final boolean enabled;

	ClassArchive(Path directory, LmsService service, boolean enabled) {
		this.file = directory.resolve(service.moduleName() + "-jdk" + Runtime.version().feature() + "."
				+ Runtime.version().interim() + "." + Runtime.version().update() + ".jsa");
		this.enabled = enabled;
	}

	Path file() {
		return this.file;
	}

	/** The archive's options when there is one. */
	List<String> jvmOptions() {
		if (Files.isRegularFile(this.file)) {
			return List.of("-XX:SharedArchiveFile=" + this.file, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
		}
		return List.of();
	}

	/** Whether a training run would make an archive: wanted and none yet. */
	boolean missing() {
		return this.enabled && !Files.isRegularFile(this.file);
	}

	/** What turns a start of the service into its training run. */
	List<String> trainingOptions() {
		return List.of("-XX:ArchiveClassesAtExit=" + partial(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
				"-Dspring.context.exit=onRefresh");
	}

	/** The service's jar changed: the archive no longer matches it. */
	void forget() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs the training command and keeps its archive when it exits cleanly in time; an
	 * interrupt (the stack stopping) or a timeout kills it and keeps nothing.
	 */
	void train(ChildProcess training, Duration timeout) {
		try {
			Files.createDirectories(this.file.getParent());
			int exit = training.waitFor(timeout);
			if (exit == 0 && Files.isRegularFile(partial()) && Files.size(partial()) > 0) {
				Files.move(partial(), this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				Say.info("Class archive written: " + this.file + " (used from the next start on)");
				return;
			}
			training.kill();
			Files.deleteIfExists(partial());
			if (!Thread.currentThread().isInterrupted()) {
				Say.problem("No class archive for " + training.name() + " (exit " + exit + "; log " + training.log()
						+ "): the next start runs without one");
			}
		}
		catch (IOException ex) {
			Say.problem("No class archive " + this.file + ": " + ex.getMessage());
		}
	}

	private Path partial() {
		return this.file.resolveSibling(this.file.getFileName() + ".partial");
	}

}
