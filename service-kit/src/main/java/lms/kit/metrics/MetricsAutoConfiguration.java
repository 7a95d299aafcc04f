package lms.kit.metrics;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationPredicate;
import lms.kit.kafka.KafkaConnection;
import lms.kit.outbox.OutboxProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBindingProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What operators watch beyond Boot's own meters: consumer lag per group, the outbox
 * backlog, and request metrics without Actuator's own requests.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"lms.kit.outbox.OutboxAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@EnableConfigurationProperties(MetricsProperties.class)
@EnableScheduling
public class MetricsAutoConfiguration {

	/**
	 * The binder's own lag gauge keys groups by topic (two groups of one service on one
	 * topic report as one) and asks the broker on every scrape; {@link ConsumerLag}
	 * replaces it.
	 */
	@Bean
	MeterFilter withoutBinderOffsetGauge() {
		return MeterFilter.denyNameStartsWith("spring.cloud.stream.binder.kafka.offset");
	}

	@Bean
	@ConditionalOnBean({ MeterRegistry.class, BindingServiceProperties.class })
	ConsumerLag consumerLag(KafkaConnection connection, BindingServiceProperties bindings, Environment environment,
			MetricsProperties properties, MeterRegistry registry) {
		return new ConsumerLag(connection, bindings, groupsFromLatest(bindings, environment), properties.kafkaTimeout(),
				registry);
	}

	/**
	 * The groups whose bindings start at the latest offset rather than the kit's
	 * earliest.
	 */
	private static Set<String> groupsFromLatest(BindingServiceProperties bindings, Environment environment) {
		Map<String, KafkaBindingProperties> kafka = Binder.get(environment)
			.bind("spring.cloud.stream.kafka.bindings", Bindable.mapOf(String.class, KafkaBindingProperties.class))
			.orElse(Map.of());
		return bindings.getBindings()
			.entrySet()
			.stream()
			.filter((binding) -> binding.getValue().getGroup() != null && kafka.containsKey(binding.getKey()))
			.filter((binding) -> kafka.get(binding.getKey())
				.getConsumer()
				.getStartOffset() == KafkaConsumerProperties.StartOffset.latest)
			.map((binding) -> binding.getValue().getGroup())
			.collect(Collectors.toSet());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MongoTemplate.class)
	@ConditionalOnBean({ MongoTemplate.class, OutboxProperties.class, MeterRegistry.class })
	static class OutboxMetricsConfiguration {

		@Bean
		OutboxBacklog outboxBacklog(MongoTemplate mongo, OutboxProperties outbox, Clock clock, MeterRegistry registry) {
			return new OutboxBacklog(mongo, outbox.collections(), clock, registry);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class ServletObservationConfiguration {

		@Bean
		ObservationPredicate withoutActuatorRequests() {
			return ActuatorObservations.servlet();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class ReactiveObservationConfiguration {

		@Bean
		ObservationPredicate withoutActuatorRequests() {
			return ActuatorObservations.reactive();
		}

	}

}
