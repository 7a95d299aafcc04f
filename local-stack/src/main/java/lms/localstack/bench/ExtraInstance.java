package lms.localstack.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second instance of a running service: the same command line and environment (its
 * service-client secret travels there) on other service and management ports, with some
 * settings changed (e.g. which course-service a second gateway proxies to), so that it
 * shares the stack's MongoDB, Redis and Kafka like a scaled-out deployment.
 */
final class ExtraInstance implements AutoCloseable {

	private final String name;

	private final int port;

	private final int managementPort;

	private final Process process;

	private final long launchedAt;

	private final Thread shutdownHook;

	private ExtraInstance(String name, int port, int managementPort, Process process, long launchedAt) {
		this.name = name;
		this.port = port;
		this.managementPort = managementPort;
		this.process = process;
		this.launchedAt = launchedAt;
		this.shutdownHook = new Thread(process::destroyForcibly, "stop-" + name);
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	static ExtraInstance launch(ServiceJvm original, String name, int port, int managementPort,
			Map<String, String> settings, Path log) {
		List<String> command = command(original.commandLine(), port, managementPort, settings);
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).directory(original.workingDirectory().toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().clear();
			builder.environment().putAll(original.environment());
			long launchedAt = System.nanoTime();
			Process process = builder.start();
			process.getOutputStream().close();
			return new ExtraInstance(name, port, managementPort, process, launchedAt);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	/**
	 * The original command with the new ports and the given {@code --key=value} settings
	 * replaced or added. It maps the original's class archive, which is only read.
	 */
	static List<String> command(List<String> original, int port, int managementPort, Map<String, String> settings) {
		Map<String, String> pending = new LinkedHashMap<>(settings);
		pending.put("server.port", Integer.toString(port));
		pending.put("management.server.port", Integer.toString(managementPort));
		List<String> command = new ArrayList<>();
		for (String arg : original) {
			String key = arg.startsWith("--") && arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : null;
			if (key != null && pending.containsKey(key)) {
				command.add("--" + key + "=" + pending.remove(key));
			}
			else {
				command.add(arg);
			}
		}
		pending.forEach((key, value) -> command.add("--" + key + "=" + value));
		return command;
	}

	String name() {
		return this.name;
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	String managementUrl() {
		return "http://127.0.0.1:" + this.managementPort;
	}

	Readiness.Launched launched() {
		return new Readiness.Launched(this.name, managementUrl(), this.process::isAlive, this.process::pid,
				this.launchedAt);
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// already shutting down: the hook stops it
		}
	}

}
