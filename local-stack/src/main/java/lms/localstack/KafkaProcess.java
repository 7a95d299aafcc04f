package lms.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) in a JVM of its
 * own, so it can be stopped and killed like in production.
 */
public final class KafkaProcess {

	private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms128m", "-Xmx512m",
			"-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

	private final Path directory;

	private final Path log;

	private final int port;

	private final int controllerPort;

	private final boolean classCache;

	private ChildProcess process;

	/**
	 * @param directory where the configuration and the topic data live
	 * @param log the file that receives the broker's output
	 * @param port the client port
	 * @param controllerPort the KRaft controller port
	 * @param classCache whether the broker's JVM keeps an AOT cache in {@code directory}
	 * (written when a broker without one stops cleanly, mapped by the next starts)
	 */
	public KafkaProcess(Path directory, Path log, int port, int controllerPort, boolean classCache) {
		this.directory = directory;
		this.log = log;
		this.port = port;
		this.controllerPort = controllerPort;
		this.classCache = classCache;
	}

	public String bootstrap() {
		return "127.0.0.1:" + this.port;
	}

	public synchronized boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/** The running process's id; empty while it is stopped. */
	synchronized OptionalLong pid() {
		return isRunning() ? OptionalLong.of(this.process.pid()) : OptionalLong.empty();
	}

	public synchronized void start(Duration timeout) {
		if (isRunning()) {
			return;
		}
		PortProbe.requireFree(this.port, "Kafka");
		PortProbe.requireFree(this.controllerPort, "the Kafka controller");
		Path config = new KafkaConfig(this.directory, this.port, this.controllerPort).write();
		if (!Files.exists(KafkaConfig.logDirectory(this.directory).resolve("meta.properties"))) {
			format(config);
		}
		Path cache = this.classCache ? this.directory.resolve(ClassArchive.fileName("kafka", cacheableClasspath()))
				: null;
		boolean given = cache != null && Files.isRegularFile(cache);
		if (given) {
			dropOtherCaches(cache);
		}
		this.process = ChildProcess.start("kafka", brokerCommand(config, cache, given), this.directory, this.log);
		awaitReady(timeout);
		if (given) {
			dropCacheIfIgnored(cache);
		}
	}

	/**
	 * A cache the broker's JVM declined (damaged, or another build's) would be given to
	 * every later start and never replaced: dropped, the next start records a new one.
	 */
	private void dropCacheIfIgnored(Path cache) {
		if (ClassArchive.notMapped(this.process.pid(), cache)) {
			Say.problem("Kafka started without its class cache " + cache
					+ " (the JVM did not map it); the next start records a new one");
			quietlyDelete(cache);
		}
	}

	/**
	 * Stops the broker cleanly; its topics stay on disk.
	 */
	public synchronized void stop() {
		if (this.process != null) {
			this.process.stop(Duration.ofSeconds(30));
			this.process = null;
		}
	}

	private void format(Path config) {
		String clusterId = Uuid.randomUuid().toString();
		ChildProcess format = ChildProcess.start("kafka storage format", command(config, "kafka.tools.StorageTool",
				"format", "-t", clusterId, "-c", config.toString(), "--standalone"), this.directory, this.log);
		int exit = format.waitFor(Duration.ofSeconds(60));
		if (exit != 0) {
			format.kill();
			throw new LocalStackException("Formatting the Kafka storage failed (exit " + exit + "). Log " + this.log
					+ ":" + System.lineSeparator() + format.tail(40));
		}
	}

	/**
	 * The broker, with its AOT cache when wanted (mapped when given, else written at its
	 * clean stop): every service waits for its start, ~1 s of which the cache saves here
	 * (decision record "The local run maps an AOT cache"). The cache needs a class path
	 * of jars only, which the broker's is once the local stack's class directories are
	 * left out.
	 */
	private List<String> brokerCommand(Path config, Path cache, boolean given) {
		if (cache == null) {
			return command(config, "kafka.Kafka", config.toString());
		}
		List<String> options = new ArrayList<>(jvmOptions(config));
		options.add((given ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=") + cache);
		options.addAll(List.of("-Xlog:aot*=off", "-Xlog:cds*=off"));
		return JavaCommand.onClasspath(options, cacheableClasspath(), "kafka.Kafka", config.toString());
	}

	private static String cacheableClasspath() {
		return JavaCommand.jarsOnly(JavaCommand.childClasspath(System.getProperty("java.class.path")));
	}

	/**
	 * The broker's caches for another JDK or class path (~75 MB each), never mapped
	 * again.
	 */
	private static void dropOtherCaches(Path cache) {
		try {
			ClassArchive.dropOthers(cache, "kafka-jdk");
		}
		catch (IOException ex) {
			Say.problem("Could not delete Kafka's former class caches: " + ex.getMessage());
		}
	}

	private static void quietlyDelete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			Say.problem("Could not delete " + file + ": " + ex.getMessage());
		}
	}

	private List<String> command(Path config, String mainClass, String... arguments) {
		return JavaCommand.mainClass(jvmOptions(config), mainClass, arguments);
	}

	private static List<String> jvmOptions(Path config) {
		List<String> options = new ArrayList<>(JVM_OPTIONS);
		options.add("-Dlog4j2.configurationFile=" + config.resolveSibling(KafkaConfig.LOG4J_FILE));
		options.add("-Dlogback.configurationFile=" + config.resolveSibling(KafkaConfig.LOGBACK_FILE));
		return options;
	}

	private void awaitReady(Duration timeout) {
		boolean ready = Poll.until(timeout, () -> {
			if (!this.process.isAlive()) {
				throw new LocalStackException("Kafka exited with code " + this.process.exitValue()
						+ " while starting. Log " + this.log + ":" + System.lineSeparator() + this.process.tail(60));
			}
			return PortProbe.isOpen(this.port) && brokerAnswers();
		});
		if (!ready) {
			String tail = this.process.tail(60);
			this.process.kill();
			this.process = null;
			throw new LocalStackException("Kafka was not ready within " + timeout.toSeconds() + " s. Log " + this.log
					+ ":" + System.lineSeparator() + tail);
		}
	}

	/**
	 * An open port only shows the socket is bound; a cluster description shows the broker
	 * serves requests.
	 */
	private boolean brokerAnswers() {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000);
		try (Admin admin = Admin.create(config)) {
			return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
		}
		catch (Exception ex) {
			return false;
		}
	}

}
