package lms.kit.kafka;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link KafkaConnection} of the kit's own Kafka clients, from the binder's brokers
 * and Spring Boot's {@code spring.kafka.*} security settings (which the binder's
 * producers, consumers and admin client read too).
 */
@AutoConfiguration
@ConditionalOnClass(KafkaProperties.class)
@EnableConfigurationProperties(KafkaProperties.class)
public class KafkaConnectionAutoConfiguration {

	@Bean
	KafkaConnection kafkaConnection(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
			KafkaProperties boot) {
		return KafkaConnection.of(brokers, boot);
	}

}
