package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's class archive, the JDK's AOT cache ({@code -XX:AOTCache}, JEP 483/514):
 * later starts find Spring's and the service's classes loaded and linked already. It is
 * written by a training JVM of its own, never by the running service: the service's
 * context refreshes with the same JVM options and exits
 * ({@code -Dspring.context.exit=onRefresh}), writing the cache
 * ({@code -XX:AOTCacheOutput}), as the image's is trained. A cache made with other JVM
 * options is not used by the JVM, so the file name carries a digest of the options beside
 * the JDK version; the cache is dropped when the service's jar changes. It replaced a
 * dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}) once Spring AOT was in: all five
 * services at once needed ~10 % less CPU to be ready (decision record "The local run maps
 * an AOT cache"). The earlier {@code jcmd VM.cds dynamic_dump} into the running service
 * crashed identity-service on JDK 25.0.3 minutes later (SIGSEGV in
 * {@code LambdaProxyClassDictionary}), twice in an evening. The JVM says nothing when it
 * declines a cache (its AOT log is off, and it starts without): a cache the started JVM
 * did not map is dropped, so the next training replaces it.
 */
final class ClassArchive {

	private final Path file;

	private final String service;

	private final boolean enabled;

	ClassArchive(Path directory, LmsService service, List<String> serviceJvmOptions, boolean enabled) {
		this.service = service.moduleName();
		this.file = directory.resolve(fileName(service.moduleName(), String.join(" ", serviceJvmOptions)));
		this.enabled = enabled;
	}

	/**
	 * {@code <name>-jdk<version>-<digest>.aot}: a cache is only mapped by the JDK that
	 * wrote it and with what the digest covers (JVM options, class path).
	 */
	static String fileName(String name, String digested) {
		return name + "-jdk" + Runtime.version().feature() + "." + Runtime.version().interim() + "."
				+ Runtime.version().update() + "-" + Integer.toHexString(digested.hashCode()) + ".aot";
	}

	Path file() {
		return this.file;
	}

	/** The archive's options when there is one. */
	List<String> jvmOptions() {
		if (Files.isRegularFile(this.file)) {
			return List.of("-XX:AOTCache=" + this.file, "-Xlog:aot*=off", "-Xlog:cds*=off");
		}
		return List.of();
	}

	/** Whether a training run would make an archive: wanted and none yet. */
	boolean missing() {
		return this.enabled && !Files.isRegularFile(this.file);
	}

	/** What turns a start of the service into its training run. */
	List<String> trainingOptions() {
		return List.of("-XX:AOTCacheOutput=" + partial(), "-Xlog:aot*=off", "-Xlog:cds*=off",
				"-Dspring.context.exit=onRefresh");
	}

	/**
	 * Drops the archive when the JVM of this process was started with it but did not map
	 * it (damaged, or made for another build), so that a new one is trained.
	 */
	void forgetIfIgnoredBy(long pid) {
		if (this.enabled && Files.isRegularFile(this.file) && notMapped(pid, this.file)) {
			Say.problem(this.service + " started without its class archive " + this.file
					+ " (the JVM did not map it); training a new one");
			forget();
		}
	}

	/**
	 * Whether the process has no mapping of the file, as {@code /proc/<pid>/maps} tells;
	 * false where there is no such file to read (not Linux, or the process is gone).
	 */
	static boolean notMapped(long pid, Path file) {
		Path maps = Path.of("/proc", Long.toString(pid), "maps");
		try (Stream<String> lines = Files.lines(maps)) {
			String name = file.toRealPath().toString();
			return lines.noneMatch((line) -> line.endsWith(name) || line.endsWith(name + " (deleted)"));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	/**
	 * Deletes the files in the archive's directory named {@code <prefix>...} but the one
	 * kept: archives for other JDKs or JVM options (~130 MB each), never mapped again.
	 */
	static void dropOthers(Path kept, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(kept.getParent())) {
			for (Path other : files.filter((path) -> path.getFileName().toString().startsWith(prefix))
				.filter((path) -> !path.equals(kept))
				.toList()) {
				Files.deleteIfExists(other);
			}
		}
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
				// the dynamic CDS archives of earlier versions too
				dropOthers(this.file, this.service + "-jdk");
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
