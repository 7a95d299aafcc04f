package lms.kit.topics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topic declarations, in every service that talks to Kafka.
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@EnableConfigurationProperties(TopicsProperties.class)
public class TopicsAutoConfiguration {

	@Bean
	TopicDeclarations topicDeclarations(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
			TopicsProperties properties) {
		return new TopicDeclarations(brokers, properties);
	}

}
