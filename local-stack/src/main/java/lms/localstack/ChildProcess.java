package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process started by the stack, writing its output to a log file, that can be stopped
 * with its whole tree.
 */
record ChildProcess(String name, Process process, Path log) {

	static ChildProcess start(String name, List<String> command, Path workingDirectory, Path log) {
		return start(name, command, java.util.Map.of(), workingDirectory, log);
	}

	/**
	 * Starts a process with extra environment variables (secrets travel there: never on
	 * the command line, which other users see and the log records).
	 */
	static ChildProcess start(String name, List<String> command, java.util.Map<String, String> environment,
			Path workingDirectory, Path log) {
		try {
			Files.createDirectories(log.getParent());
			Files.createDirectories(workingDirectory);
			Files.writeString(log,
					"=== " + Instant.now() + " starting " + name + ": " + redacted(command) + System.lineSeparator(),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			Process process = builder.start();
			process.getOutputStream().close();
			return new ChildProcess(name, process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + " (" + command.get(0) + ")", ex);
		}
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	int exitValue() {
		return this.process.exitValue();
	}

	String tail(int lines) {
		return LogTail.of(this.log, lines);
	}

	/**
	 * Waits for the process to end by itself, returning its exit code, or -1 on timeout.
	 */
	int waitFor(Duration timeout) {
		return exited(timeout) ? this.process.exitValue() : -1;
	}

	private boolean exited(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Asks the process (SIGTERM) to shut down cleanly, and kills it and what it started
	 * when it takes longer than the grace period.
	 */
	void stop(Duration grace) {
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		descendants.forEach(ProcessHandle::destroy);
		if (!exited(grace)) {
			Say.problem(this.name + " did not stop within " + grace.toSeconds() + " s; killing it");
		}
		kill(descendants);
	}

	/**
	 * Kills the process and its descendants at once (SIGKILL), as a crash would.
	 */
	void kill() {
		kill(this.process.descendants().toList());
	}

	private void kill(List<ProcessHandle> descendants) {
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		exited(Duration.ofSeconds(10));
		descendants
			.forEach((handle) -> handle.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally((ex) -> handle).join());
	}

	/** The command as logged: secrets passed as arguments stay out of the log file. */
	static String redacted(List<String> command) {
		return command.stream()
			.map((part) -> part.matches("--[^=]*(password|secret)[^=]*=.*") ? part.replaceFirst("=.*", "=****") : part)
			.collect(java.util.stream.Collectors.joining(" "));
	}

}
