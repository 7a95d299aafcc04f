package lms.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One service's exec jar running in a JVM of its own.
 */
public final class ServiceProcess {

	private final LmsService service;

	private final int port;

	private final Path jar;

	private final List<String> jvmOptions;

	private final List<String> arguments;

	private final Path workingDirectory;

	private final Path log;

	private ChildProcess process;

	private final int managementPort;

	private final Map<String, String> environment;

	ServiceProcess(LmsService service, int port, int managementPort, Path jar, List<String> jvmOptions,
			List<String> arguments, Map<String, String> environment, Path workingDirectory, Path log) {
		this.service = service;
		this.port = port;
		this.managementPort = managementPort;
		this.environment = Map.copyOf(environment);
		this.jar = jar;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.arguments = List.copyOf(arguments);
		this.workingDirectory = workingDirectory;
		this.log = log;
	}

	public LmsService service() {
		return this.service;
	}

	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Where Actuator answers (health, metrics): the management port. */
	public String managementUrl() {
		return "http://127.0.0.1:" + this.managementPort;
	}

	public Path log() {
		return this.log;
	}

	public synchronized boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** The running JVM's process id; empty while it is stopped. */
	public synchronized OptionalLong pid() {
		return isAlive() ? OptionalLong.of(this.process.pid()) : OptionalLong.empty();
	}

	/**
	 * Why the service is not running, for error messages.
	 */
	synchronized String exitDescription() {
		if (this.process == null) {
			return this.service.moduleName() + " is not started";
		}
		return this.service.moduleName() + " exited with code " + this.process.exitValue();
	}

	String tail(int lines) {
		return LogTail.of(this.log, lines);
	}

	/**
	 * Launches the JVM and returns at once; {@link HealthWaiter} knows when it is ready.
	 */
	public synchronized void start() {
		if (isAlive()) {
			return;
		}
		if (!Files.isRegularFile(this.jar)) {
			throw new LocalStackException("The exec jar of " + this.service.moduleName() + " is gone: " + this.jar
					+ ". Run './mvnw -B -DskipTests install' in the repository root.");
		}
		PortProbe.requireFree(this.port, this.service.moduleName());
		PortProbe.requireFree(this.managementPort, this.service.moduleName() + " (management)");
		createArchiveDirectory();
		this.process = ChildProcess.start(this.service.moduleName(), command(), this.environment, this.workingDirectory,
				this.log);
	}

	/**
	 * A graceful shutdown (SIGTERM), as an orchestrator would do.
	 */
	public synchronized void stop() {
		if (this.process != null) {
			this.process.stop(Duration.ofSeconds(20));
			this.process = null;
		}
	}

	/**
	 * A crash: SIGKILL, no shutdown hooks run.
	 */
	public synchronized void kill() {
		if (this.process != null) {
			this.process.kill();
			this.process = null;
		}
	}

	private void createArchiveDirectory() {
		try {
			Files.createDirectories(this.workingDirectory.resolve("cds"));
		}
		catch (java.io.IOException ex) {
			throw new LocalStackException("Cannot create " + this.workingDirectory.resolve("cds"), ex);
		}
	}

	/**
	 * A dynamic CDS archive per service, written when the JVM exits and used on the next
	 * start (the JVM rebuilds it when the jar changed): later starts load classes much
	 * faster. It covers every class because the service runs from its unpacked jar.
	 */
	private List<String> classDataSharing() {
		Path archive = this.workingDirectory.resolve("cds").resolve(this.service.moduleName() + ".jsa");
		return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
				"-Xlog:cds+dynamic=off");
	}

	private List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(JavaCommand.executable());
		command.addAll(this.jvmOptions);
		command.addAll(classDataSharing());
		command.add("-jar");
		command.add(ExtractedJar
			.launchable(this.jar, this.workingDirectory.resolve("apps").resolve(this.service.moduleName()))
			.toString());
		command.addAll(this.arguments);
		return command;
	}

}
