package lms.kit.topics;

import java.time.Duration;
import java.util.List;

import lms.kit.deadletter.DeadLetterSources;
import lms.kit.kafka.KafkaConnection;
import lms.kit.topics.TopicsProperties.DeadLettering;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topic declarations, in every service that talks to Kafka. The dead-letter topics
 * come from the bindings themselves (the groups {@link DeadLetterSources} finds, whose
 * dead letters operators list and replay), so a new binding cannot forget its own.
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@EnableConfigurationProperties(TopicsProperties.class)
public class TopicsAutoConfiguration {

	private static final Duration RETRY_INTERVAL = Duration.ofSeconds(10);

	@Bean
	TopicDeclarations topicDeclarations(KafkaConnection connection, TopicsProperties properties,
			ObjectProvider<DeadLetterSources> deadLetterSources) {
		return new TopicDeclarations(connection, properties, () -> deadLettering(deadLetterSources), RETRY_INTERVAL);
	}

	private static List<DeadLettering> deadLettering(ObjectProvider<DeadLetterSources> deadLetterSources) {
		DeadLetterSources sources = deadLetterSources.getIfAvailable();
		if (sources == null) {
			return List.of();
		}
		return sources.all().stream().map((source) -> new DeadLettering(source.topic(), source.group())).toList();
	}

}
