package lms.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConfigTest {

	@TempDir
	Path directory;

	@Test
	void singleNodeBrokerAndControllerWithReplicationFactorsOfOne() throws Exception {
		Path config = new KafkaConfig(this.directory, 19092, 19093).write();

		assertThat(Files.readAllLines(config)).contains("process.roles=broker,controller",
				"controller.quorum.bootstrap.servers=127.0.0.1:19093",
				"listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093",
				"advertised.listeners=PLAINTEXT://127.0.0.1:19092", "auto.create.topics.enable=false",
				"min.insync.replicas=1", "offsets.topic.replication.factor=1",
				"transaction.state.log.replication.factor=1", "log.dirs=" + this.directory.resolve("data"));
	}

	@Test
	void loggingIsConfiguredForLog4jAndForLogback() {
		new KafkaConfig(this.directory, 19092, 19093).write();

		assertThat(this.directory.resolve(KafkaConfig.LOG4J_FILE)).content().contains("rootLogger.level = info");
		assertThat(this.directory.resolve(KafkaConfig.LOGBACK_FILE)).content().contains("<root level=\"INFO\">");
	}

}
