package lms.kit.topics;

import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the declared topics that are missing, adds partitions and aligns retention
 * where the broker differs, with Spring Kafka's {@link KafkaAdmin}. It runs once every
 * bean exists and before any binding starts, so no producer or consumer ever meets a
 * topic that was not declared. Idempotent: every replica of every service does it.
 */
class TopicDeclarations implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TopicDeclarations.class);

	private final String brokers;

	private final TopicsProperties properties;

	TopicDeclarations(String brokers, TopicsProperties properties) {
		this.brokers = brokers;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.properties.declareTopics() || this.properties.topics().isEmpty()) {
			return;
		}
		KafkaAdmin admin = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers));
		admin.setOperationTimeout(15);
		admin.setModifyTopicConfigs(true);
		try {
			admin.createOrModifyTopics(this.properties.declarations().toArray(NewTopic[]::new));
		}
		catch (RuntimeException ex) {
			// the broker may be away at start: the service starts anyway, like without it
			log.error("Could not declare the Kafka topics at {}: {}", this.brokers, ex.getMessage());
		}
	}

}
