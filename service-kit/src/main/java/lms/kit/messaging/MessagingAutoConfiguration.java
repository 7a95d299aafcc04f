package lms.kit.messaging;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Idempotent consumers backed by the service's MongoDB.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"lms.kit.outbox.OutboxAutoConfiguration" })
@ConditionalOnClass(MongoTemplate.class)
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(MessagingProperties.class)
@EnableScheduling
public class MessagingAutoConfiguration {

	@Bean
	MongoProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
		return new MongoProcessedEvents(mongo, clock);
	}

	@Bean
	ProcessedEventsPurge processedEventsPurge(MongoProcessedEvents processed, MessagingProperties properties) {
		return new ProcessedEventsPurge(processed, properties);
	}

}
