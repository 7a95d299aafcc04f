package lms.kit.health;

import java.net.ServerSocket;
import java.time.Duration;

import lms.kit.kafka.KafkaConnection;
import lms.testkit.EmbeddedKafka;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaHealthIndicatorTest {

	@Test
	void upWhileTheBrokerAnswers() {
		try (var indicator = new KafkaHealthIndicator(KafkaConnection.plain(EmbeddedKafka.shared().bootstrapServers()),
				Duration.ofSeconds(5))) {
			var health = indicator.health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("nodes", 1);
		}
	}

	@Test
	void downWhenNoBrokerListens() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (var indicator = new KafkaHealthIndicator(KafkaConnection.plain("127.0.0.1:" + closedPort),
				Duration.ofMillis(500))) {
			assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
		}
	}

}
