package lms.localstack.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service JVM the stack started, found among this JVM's children by its exec jar and
 * port, read through {@code /proc}.
 *
 * @param pid its process id
 * @param commandLine its full command line
 */
record ServiceJvm(long pid, List<String> commandLine) {

	ServiceJvm {
		commandLine = List.copyOf(commandLine);
	}

	static ServiceJvm find(String module, int port) {
		return ProcessHandle.current()
			.children()
			.filter(ProcessHandle::isAlive)
			.map((child) -> new ServiceJvm(child.pid(), commandLineOf(child.pid())))
			.filter((jvm) -> jvm.runs(module, port))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No running " + module + " on port " + port));
	}

	/** Whether this runs the module's exec jar on the given port. */
	boolean runs(String module, int port) {
		return this.commandLine.contains("--server.port=" + port) && this.commandLine.stream()
			.map((arg) -> Path.of(arg).getFileName())
			.anyMatch((file) -> file != null && file.toString().startsWith(module + "-")
					&& file.toString().endsWith("-exec.jar"));
	}

	/** The resident set size ({@code VmRSS}) in KiB. */
	long rssKib() {
		try {
			return Files.readAllLines(proc("status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No VmRSS for process " + this.pid));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Its environment, as the stack gave it (the service-client secret is there): read
	 * when needed, never part of this record's text.
	 */
	Map<String, String> environment() {
		try {
			String raw = new String(Files.readAllBytes(proc("environ")), StandardCharsets.UTF_8);
			return Arrays.stream(raw.split("\0"))
				.filter((entry) -> entry.indexOf('=') > 0)
				.collect(Collectors.toMap((entry) -> entry.substring(0, entry.indexOf('=')),
						(entry) -> entry.substring(entry.indexOf('=') + 1), (first, second) -> second));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path workingDirectory() {
		try {
			return proc("cwd").toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path proc(String file) {
		return Path.of("/proc", Long.toString(this.pid), file);
	}

	private static List<String> commandLineOf(long pid) {
		try {
			String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
					StandardCharsets.UTF_8);
			return Arrays.stream(raw.split("\0")).filter((arg) -> !arg.isEmpty()).toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
