package lms.kit.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox and its relay, in every service that stores documents in MongoDB.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.cloud.stream.config.BindingServiceConfiguration" })
@ConditionalOnClass(MongoTemplate.class)
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	EventPublisher eventPublisher(StreamBridge bridge) {
		return new StreamBridgeEventPublisher(bridge);
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties,
			MeterRegistry meters, TraceParent trace) {
		return new OutboxRelay(mongo, publisher, properties, meters, trace);
	}

	@Bean
	OutboxRelayRunner outboxRelayRunner(OutboxRelay relay, OutboxProperties properties) {
		return new OutboxRelayRunner(relay, properties);
	}

	@Bean
	TraceParent outboxTraceParent(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new TraceParent(tracer.getIfAvailable(), propagator.getIfAvailable());
	}

	@Bean
	Outbox outbox(JsonMapper json, @Value("${spring.application.name}") String application, Clock clock,
			OutboxRelay relay, TraceParent trace) {
		return new Outbox(json, "/" + application, clock, relay, trace);
	}

}
