package lms.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import lms.localstack.LocalStack;

/**
 * The whole system, once per test JVM: the embedded infrastructure and the five services
 * as real processes on free ports, stopped when the JVM ends.
 */
final class RunningSystem {

	private static LocalStack stack;

	private RunningSystem() {
	}

	static synchronized LocalStack stack() {
		if (stack == null) {
			stack = LocalStack.builder()
				.dataDirectory(temporaryDirectory())
				.randomPorts()
				.readinessTimeout(Duration.ofMinutes(4))
				.start();
		}
		return stack;
	}

	private static java.nio.file.Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("lms-system-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
