package lms.kit.topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import lms.kit.kafka.KafkaConnection;
import lms.kit.topics.TopicsProperties.DeadLettering;
import lms.testkit.EmbeddedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TopicDeclarationsTest {

	private final EmbeddedKafka kafka = EmbeddedKafka.shared();

	@AutoClose
	private final Admin admin = Admin
		.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers()));

	private final String topic = "lms.test.declared-" + UUID.randomUUID();

	@Test
	void missingTopicsAndTheDeadLetterTopicsOfTheirGroupsAreCreatedWithTheirPartitionsAndRetention() throws Exception {
		declare(new TopicsProperties.Topic(this.topic, null, null),
				List.of(new DeadLettering(this.topic, "some.group")));

		String deadLetters = this.topic + ".some.group.dlt";
		assertThat(partitions(this.topic)).isEqualTo(4);
		assertThat(partitions(deadLetters)).as("as many as the topic's").isEqualTo(4);
		assertThat(retention(this.topic)).isEqualTo(Duration.ofDays(7));
		assertThat(retention(deadLetters)).isEqualTo(Duration.ofDays(30));
	}

	@Test
	void anExistingTopicGainsPartitionsAndTakesTheDeclaredRetention() throws Exception {
		this.admin.createTopics(List.of(new NewTopic(this.topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);

		declare(new TopicsProperties.Topic(this.topic, 6, Duration.ofDays(2)), List.of());

		assertThat(partitions(this.topic)).isEqualTo(6);
		// the broker follows the controller's config change as it does the partitions
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(retention(this.topic)).isEqualTo(Duration.ofDays(2)));
	}

	@Test
	void declaringTwiceChangesNothing() throws Exception {
		TopicsProperties.Topic declared = new TopicsProperties.Topic(this.topic, null, null);
		declare(declared, List.of());
		declare(declared, List.of());

		assertThat(partitions(this.topic)).isEqualTo(4);
	}

	@Test
	void topicsDeclaredWhileTheBrokerWasAwayAreCreatedOnceItIsBack() throws Exception {
		try (EmbeddedKafka away = EmbeddedKafka.create();
				Admin awayAdmin = Admin
					.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, away.bootstrapServers()))) {
			away.stop();
			TopicDeclarations declarations = declarations(away.bootstrapServers(),
					new TopicsProperties.Topic(this.topic, null, null), List.of());
			try {
				declarations.afterSingletonsInstantiated();
				away.start();

				assertThat(await().atMost(Duration.ofSeconds(60))
					.ignoreExceptions()
					.until(() -> describe(awayAdmin, this.topic), (n) -> n > 0)).isEqualTo(4);
			}
			finally {
				declarations.destroy();
			}
		}
	}

	private void declare(TopicsProperties.Topic declared, List<DeadLettering> deadLettering) {
		declarations(this.kafka.bootstrapServers(), declared, deadLettering).afterSingletonsInstantiated();
	}

	private static TopicDeclarations declarations(String brokers, TopicsProperties.Topic declared,
			List<DeadLettering> deadLettering) {
		TopicsProperties properties = new TopicsProperties(true, 4, (short) 1, Duration.ofDays(7), Duration.ofDays(30),
				List.of(declared));
		return new TopicDeclarations(KafkaConnection.plain(brokers), properties, () -> deadLettering,
				Duration.ofMillis(500));
	}

	/** Once the broker's metadata knows the topic (it follows the controller closely). */
	private int partitions(String name) {
		return await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> describe(this.admin, name), (n) -> n > 0);
	}

	private static int describe(Admin admin, String name) throws Exception {
		Map<String, TopicDescription> described = admin.describeTopics(Set.of(name))
			.allTopicNames()
			.get(30, TimeUnit.SECONDS);
		return described.get(name).partitions().size();
	}

	private Duration retention(String name) throws Exception {
		ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
		Config config = this.admin.describeConfigs(Set.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
		return Duration.ofMillis(Long.parseLong(config.get(TopicConfig.RETENTION_MS_CONFIG).value()));
	}

}
