package lms.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One service's exec jar running in a JVM of its own.
 */
public final class ServiceProcess {

	/**
	 * The bean definitions the build worked out (Spring AOT, {@code process-aot}), as the
	 * image runs them.
	 */
	static final String SPRING_AOT = "-Dspring.aot.enabled=true";

	private final LmsService service;

	private final int port;

	private final Path jar;

	private final List<String> jvmOptions;

	private final List<String> arguments;

	private final Path workingDirectory;

	private final Path log;

	private final ClassArchive archive;

	private final Object archiveLock = new Object();

	private ChildProcess process;

	private boolean startedWithArchive;

	private final int managementPort;

	private final Map<String, String> environment;

	ServiceProcess(LmsService service, int port, int managementPort, Path jar, List<String> jvmOptions,
			List<String> arguments, Map<String, String> environment, Path workingDirectory, Path log) {
		this(service, port, managementPort, jar, jvmOptions, arguments, environment, workingDirectory, log, true);
	}

	ServiceProcess(LmsService service, int port, int managementPort, Path jar, List<String> jvmOptions,
			List<String> arguments, Map<String, String> environment, Path workingDirectory, Path log,
			boolean classArchive) {
		this.service = service;
		this.port = port;
		this.managementPort = managementPort;
		this.environment = Map.copyOf(environment);
		this.jar = jar;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.arguments = List.copyOf(arguments);
		this.workingDirectory = workingDirectory;
		this.log = log;
		this.archive = new ClassArchive(workingDirectory.resolve("cds"), service, this.jvmOptions, classArchive);
	}

	public LmsService service() {
		return this.service;
	}

	/**
	 * A second instance of this service (not started): the same jar, JVM options,
	 * arguments and environment on other ports, with the given settings replaced or
	 * added, and a log of its own, as a scaled-out deployment runs it. It reads the
	 * service's class archive when there is one and never writes it.
	 */
	ServiceProcess twin(int port, int managementPort, Map<String, String> settings, Path log) {
		Map<String, String> pending = new LinkedHashMap<>(settings);
		pending.put("server.port", Integer.toString(port));
		pending.put("management.server.port", Integer.toString(managementPort));
		List<String> twinArguments = new ArrayList<>();
		for (String argument : this.arguments) {
			int equals = argument.indexOf('=');
			String key = (argument.startsWith("--") && equals > 0) ? argument.substring(2, equals) : null;
			twinArguments
				.add((key != null && pending.containsKey(key)) ? "--" + key + "=" + pending.remove(key) : argument);
		}
		pending.forEach((key, value) -> twinArguments.add("--" + key + "=" + value));
		return new ServiceProcess(this.service, port, managementPort, this.jar, this.jvmOptions, twinArguments,
				this.environment, this.workingDirectory, log, false);
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
		this.process = ChildProcess.start(this.service.moduleName(), command(), this.environment, this.workingDirectory,
				this.log);
	}

	/**
	 * A graceful shutdown (SIGTERM), as an orchestrator would do: the service has 10 s
	 * before it is killed.
	 */
	public synchronized void stop() {
		if (this.process != null) {
			this.process.stop(Duration.ofSeconds(10));
			this.process = null;
		}
	}

	/**
	 * Makes the service's class archive when it has none yet or the running JVM did not
	 * map the one it was given, by a training run beside the running service (minutes
	 * under load; the caller decides where to wait). Not synchronized on the process:
	 * stopping the service must not wait for it; two callers (the fleet's background
	 * training and a benchmark) train it once.
	 */
	public void archiveClasses() {
		synchronized (this.archiveLock) {
			runningWithArchive().ifPresent(this.archive::forgetIfIgnoredBy);
			if (!this.archive.missing()) {
				return;
			}
			List<String> command = new ArrayList<>();
			command.add(JavaCommand.executable());
			command.addAll(this.jvmOptions);
			command.add(SPRING_AOT);
			command.addAll(this.archive.trainingOptions());
			command.add("-jar");
			command.add(ExtractedJar.launchable(this.jar, unpackedDirectory()).toString());
			command.addAll(this.arguments);
			command.add("--lms.kafka.declare-topics=false");
			command.add("--logging.level.root=warn");
			this.archive.train(
					ChildProcess.start(this.service.moduleName() + " class-archive training", command, this.environment,
							this.workingDirectory,
							this.log.resolveSibling(this.service.moduleName() + "-class-archive.log")),
					Duration.ofMinutes(5));
		}
	}

	/** The running JVM's process id when it was started with the class archive. */
	private synchronized OptionalLong runningWithArchive() {
		return this.startedWithArchive ? pid() : OptionalLong.empty();
	}

	/** Whether the next start maps a class archive of this service. */
	public boolean hasClassArchive() {
		return java.nio.file.Files.isRegularFile(this.archive.file());
	}

	/** Drops the class archive, so that the next start runs without one (benchmarks). */
	public void forgetClassArchive() {
		this.archive.forget();
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

	private List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(JavaCommand.executable());
		command.addAll(this.jvmOptions);
		command.add(SPRING_AOT);
		Path unpacked = unpackedDirectory();
		if (!ExtractedJar.isCurrent(this.jar, unpacked)) {
			this.archive.forget();
		}
		Path launchable = ExtractedJar.launchable(this.jar, unpacked);
		List<String> archiveOptions = this.archive.jvmOptions();
		this.startedWithArchive = !archiveOptions.isEmpty();
		command.addAll(archiveOptions);
		command.add("-jar");
		command.add(launchable.toString());
		command.addAll(this.arguments);
		return command;
	}

	private Path unpackedDirectory() {
		return this.workingDirectory.resolve("apps").resolve(this.service.moduleName());
	}

}
