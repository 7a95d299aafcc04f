package lms.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import lms.testkit.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker's class cache: one per JDK and class path, given up when its JVM declines it
 * (the one kept and mapped is {@code LocalStackTest}'s).
 */
class KafkaProcessTest {

	@TempDir
	Path directory;

	@Test
	void aCacheTheBrokersJvmDidNotMapIsDroppedAndSoAreTheCachesOfFormerBrokers() throws IOException {
		String classpath = JavaCommand.jarsOnly(JavaCommand.childClasspath(System.getProperty("java.class.path")));
		Path cache = Files.writeString(this.directory.resolve(ClassArchive.fileName("kafka", classpath)),
				"not a cache");
		Path former = Files.writeString(this.directory.resolve("kafka-jdk25.0.1-0ld.aot"), "old");
		KafkaProcess kafka = new KafkaProcess(this.directory, this.directory.resolve("kafka.log"),
				FreePorts.pickBelowEphemeral(), FreePorts.pickBelowEphemeral(), true);
		try {
			kafka.start(Duration.ofSeconds(60));

			assertThat(former).doesNotExist();
			assertThat(cache).as("declined by the broker's JVM").doesNotExist();
		}
		finally {
			kafka.stop();
		}
	}

}
