package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends what the in-JVM parts (MongoDB stand-in, GreenMail, Kafka clients) log to
 * {@code logs/local-stack.log}, so the console shows only the stack's own lines.
 */
final class MainLogging {

	private MainLogging() {
	}

	/**
	 * Must run before anything logs: Log4j reads its configuration once.
	 */
	static Path toFileIn(Path logs) {
		try {
			Files.createDirectories(logs);
			Path log = logs.resolve("local-stack.log");
			Path config = logs.resolve(".local-stack-log4j2.properties");
			Files.writeString(config, String.join(System.lineSeparator(), "status = error", "appender.file.type = File",
					"appender.file.name = FILE", "appender.file.fileName = " + log,
					"appender.file.layout.type = PatternLayout", "appender.file.layout.pattern = %d %p [%c] %m%n",
					"rootLogger.level = warn", "rootLogger.appenderRef.file.ref = FILE", ""));
			System.setProperty("log4j2.configurationFile", config.toString());
			return log;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not set up logging in " + logs, ex);
		}
	}

}
