package lms.kit.topics;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import lms.events.Topics;
import lms.kit.app.KitTestApplication;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.EmbeddedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service built on the kit declares from its own bindings, on the shared broker.
 */
@SpringBootTest(classes = KitTestApplication.class)
@EmbeddedInfrastructure
@ActiveProfiles("outbox")
class BoundTopicsTest {

	@AutoClose
	private final Admin admin = Admin
		.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.shared().bootstrapServers()));

	@Test
	void theDeadLetterTopicOfABoundGroupIsDeclaredWithThePartitionsOfItsTopic() throws Exception {
		String deadLetters = Topics.IDENTITY_USER + ".kit.test.dlt";

		Map<String, TopicDescription> described = this.admin.describeTopics(Set.of(Topics.IDENTITY_USER, deadLetters))
			.allTopicNames()
			.get(30, TimeUnit.SECONDS);

		assertThat(described.get(Topics.IDENTITY_USER).partitions()).hasSize(12);
		assertThat(described.get(deadLetters).partitions()).hasSize(12);
	}

	@Test
	void theBinderCreatesNoTopicOfItsOwn() throws Exception {
		Set<String> topics = this.admin.listTopics().names().get(30, TimeUnit.SECONDS);

		assertThat(topics).as("the binder's own dead-letter topics, error.<topic>.<group>")
			.noneMatch((topic) -> topic.startsWith("error."));
	}

}
