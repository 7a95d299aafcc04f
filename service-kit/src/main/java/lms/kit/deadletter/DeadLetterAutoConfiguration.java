package lms.kit.deadletter;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.kafka.KafkaConnection;
import lms.kit.messaging.DeadLetterTopics;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Dead letters in every service whose consumer groups keep processed ids in MongoDB: the
 * topics' names, the recoverer for container-level retries, and the admin routes to list,
 * replay and discard them.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"lms.kit.outbox.OutboxAutoConfiguration", "lms.kit.messaging.MessagingAutoConfiguration" })
@ConditionalOnClass({ MongoTemplate.class, DlqDestinationResolver.class })
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(DeadLetterProperties.class)
@EnableScheduling
public class DeadLetterAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(DlqDestinationResolver.class)
	DeadLetterTopics deadLetterTopics() {
		return new DeadLetterTopics();
	}

	@Bean
	@ConditionalOnMissingBean
	DeadLetterPublisher deadLetterPublisher(KafkaConnection connection) {
		return new DeadLetterPublisher(connection);
	}

	@Bean
	DeadLetterSources deadLetterSources(BindingServiceProperties bindings, ListableBeanFactory beans) {
		return new DeadLetterSources(bindings, beans);
	}

	@Bean
	DeadLetterLedger deadLetterLedger(MongoTemplate mongo, Clock clock) {
		return new DeadLetterLedger(mongo, clock);
	}

	@Bean
	DeadLetterInbox deadLetterInbox(DeadLetterSources sources, DeadLetterLedger ledger, DeadLetterProperties properties,
			KafkaConnection connection) {
		return new DeadLetterInbox(sources, new DeadLetterReader(connection, properties.kafkaTimeout()), ledger,
				properties);
	}

	@Bean
	DeadLetterActions deadLetterActions(DeadLetterInbox inbox, DeadLetterLedger ledger,
			DeadLetterProperties properties) {
		return new DeadLetterActions(inbox, ledger, properties);
	}

	@Bean
	@ConditionalOnBean(MeterRegistry.class)
	DeadLetterGauge deadLetterGauge(DeadLetterSources sources, DeadLetterInbox inbox, MeterRegistry registry) {
		return new DeadLetterGauge(sources, inbox, registry);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class DeadLetterWebConfiguration {

		@Bean
		DeadLetterController deadLetterController(DeadLetterInbox inbox, DeadLetterActions actions,
				DeadLetterLedger ledger, DeadLetterProperties properties, JsonMapper json) {
			return new DeadLetterController(inbox, actions, ledger, properties, json);
		}

	}

}
