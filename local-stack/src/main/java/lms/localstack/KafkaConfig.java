package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files a single-node KRaft broker starts from: {@code server.properties} and its
 * log4j configuration. Replication factors are 1 because there is one broker; topics are
 * never auto-created: every service declares them (the kit's {@code lms.kafka.*}) at
 * start.
 */
record KafkaConfig(Path directory, int port, int controllerPort) {

	static final String LOG4J_FILE = "log4j2.properties";

	static final String LOGBACK_FILE = "logback.xml";

	static Path logDirectory(Path directory) {
		return directory.resolve("data");
	}

	Path write() {
		try {
			Files.createDirectories(this.directory);
			Path config = this.directory.resolve("server.properties");
			Files.writeString(config, serverProperties());
			Files.writeString(this.directory.resolve(LOG4J_FILE), log4j());
			Files.writeString(this.directory.resolve(LOGBACK_FILE), logback());
			return config;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the Kafka configuration in " + this.directory, ex);
		}
	}

	private String serverProperties() {
		return String.join(System.lineSeparator(), "process.roles=broker,controller", "node.id=1",
				"controller.quorum.bootstrap.servers=127.0.0.1:" + this.controllerPort,
				"listeners=PLAINTEXT://127.0.0.1:" + this.port + ",CONTROLLER://127.0.0.1:" + this.controllerPort,
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + this.port, "controller.listener.names=CONTROLLER",
				"inter.broker.listener.name=PLAINTEXT",
				"listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
				"log.dirs=" + logDirectory(this.directory), "auto.create.topics.enable=false", "num.partitions=1",
				"default.replication.factor=1", "min.insync.replicas=1", "offsets.topic.replication.factor=1",
				"offsets.topic.num.partitions=1", "transaction.state.log.replication.factor=1",
				"transaction.state.log.min.isr=1", "transaction.state.log.num.partitions=1",
				"share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
				"group.initial.rebalance.delay.ms=0", "");
	}

	private String log4j() {
		return String.join(System.lineSeparator(), "status = warn", "appender.out.type = Console",
				"appender.out.name = OUT", "appender.out.layout.type = PatternLayout",
				"appender.out.layout.pattern = [%d] %p %m (%c)%n", "rootLogger.level = info",
				"rootLogger.appenderRef.out.ref = OUT", "logger.state.name = state.change.logger",
				"logger.state.level = warn", "logger.request.name = kafka.request.logger",
				"logger.request.level = warn", "");
	}

	/**
	 * Used instead of the Log4j configuration when the class path brings Logback (a
	 * Spring Boot test's).
	 */
	private String logback() {
		return String.join(System.lineSeparator(), "<configuration>",
				"  <appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">",
				"    <encoder><pattern>[%d] %level %msg [%logger]%n</pattern></encoder>", "  </appender>",
				"  <logger name=\"state.change.logger\" level=\"WARN\"/>",
				"  <logger name=\"kafka.request.logger\" level=\"WARN\"/>",
				"  <root level=\"INFO\"><appender-ref ref=\"OUT\"/></root>", "</configuration>", "");
	}

}
