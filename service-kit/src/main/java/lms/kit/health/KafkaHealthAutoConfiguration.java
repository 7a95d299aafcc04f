package lms.kit.health;

import java.time.Duration;

import lms.kit.kafka.KafkaConnection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code kafka} health indicator every service's readiness group includes.
 */
@AutoConfiguration
@ConditionalOnClass(HealthIndicator.class)
public class KafkaHealthAutoConfiguration {

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaConnection connection,
			@Value("${lms.health.kafka-timeout:2s}") Duration timeout) {
		return new KafkaHealthIndicator(connection, timeout);
	}

}
