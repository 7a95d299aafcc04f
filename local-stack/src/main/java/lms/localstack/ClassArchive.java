package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service's dynamic class-data-sharing archive: later starts load Spring and the
 * service from it much faster. It is dumped from the running service with
 * {@code jcmd VM.cds dynamic_dump} once it is ready, not at exit as
 * {@code -XX:+AutoCreateSharedArchive} does: a JVM writing 120 MB on its way out overran
 * every stop deadline, was killed, and so never kept an archive. The file name carries
 * the JDK version; the archive is dropped when the service's jar changes.
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

	/** The archive when there is one, else what lets {@link #dumpIfMissing} make it. */
	List<String> jvmOptions() {
		if (Files.isRegularFile(this.file)) {
			return List.of("-XX:SharedArchiveFile=" + this.file, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
		}
		return this.enabled ? List.of("-XX:+RecordDynamicDumpInfo") : List.of();
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
	 * Dumps the running service's loaded classes when no archive exists yet; waits for
	 * the dump (a few seconds, the service pauses meanwhile). Without {@code jcmd} (a
	 * JRE) nothing is archived.
	 */
	void dumpIfMissing(long pid, Duration timeout) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		if (!this.enabled || Files.isRegularFile(this.file) || !Files.isExecutable(jcmd)) {
			return;
		}
		try {
			Files.createDirectories(this.file.getParent());
			Path partial = this.file.resolveSibling(this.file.getFileName() + ".partial");
			Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.cds", "dynamic_dump",
					partial.toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (dump.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && dump.exitValue() == 0
					&& Files.isRegularFile(partial)) {
				Files.move(partial, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				Say.info("Class archive written: " + this.file + " (used from the next start on)");
			}
			else {
				dump.destroyForcibly();
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException ex) {
			Say.problem("No class archive for pid " + pid + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
