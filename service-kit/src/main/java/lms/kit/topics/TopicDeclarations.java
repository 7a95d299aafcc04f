package lms.kit.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import lms.kit.kafka.KafkaConnection;
import lms.kit.topics.TopicsProperties.DeadLettering;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the declared topics that are missing, adds partitions and aligns retention
 * where the broker differs, with Spring Kafka's {@link KafkaAdmin}: the catalog's topics
 * and the dead-letter topic of every group this service binds with dead letters. It runs
 * once every bean exists and before any binding starts, so no producer or consumer ever
 * meets a topic that was not declared; while the broker cannot be reached it tries again
 * in the background (nothing else creates the topics, so the bindings wait for them).
 * Idempotent: every replica of every service does it.
 */
class TopicDeclarations implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TopicDeclarations.class);

	private static final int OPERATION_TIMEOUT_SECONDS = 15;

	private final KafkaConnection connection;

	private final TopicsProperties properties;

	private final Supplier<? extends Collection<DeadLettering>> deadLettering;

	private final Duration retryInterval;

	private volatile Thread retrying;

	TopicDeclarations(KafkaConnection connection, TopicsProperties properties,
			Supplier<? extends Collection<DeadLettering>> deadLettering, Duration retryInterval) {
		this.connection = connection;
		this.properties = properties;
		this.deadLettering = deadLettering;
		this.retryInterval = retryInterval;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.properties.declareTopics()) {
			return;
		}
		List<NewTopic> declarations = this.properties.declarations(this.deadLettering.get());
		if (!declarations.isEmpty() && !declare(declarations)) {
			this.retrying = Thread.ofVirtual().name("topic-declarations").start(() -> retry(declarations));
		}
	}

	private boolean declare(List<NewTopic> declarations) {
		// without a broker, the admin client's close would wait for its default 60 s
		KafkaAdmin admin = new KafkaAdmin(this.connection
			.with(Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, OPERATION_TIMEOUT_SECONDS * 1000,
					AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, OPERATION_TIMEOUT_SECONDS * 1000)));
		admin.setOperationTimeout(OPERATION_TIMEOUT_SECONDS);
		admin.setModifyTopicConfigs(true);
		try {
			admin.createOrModifyTopics(declarations.toArray(NewTopic[]::new));
			return true;
		}
		catch (RuntimeException ex) {
			// the broker may be away at start: the service starts anyway, like without it
			log.error("Could not declare the Kafka topics at {} (trying again every {}): {}", this.connection.brokers(),
					this.retryInterval, ex.getMessage());
			return false;
		}
	}

	private void retry(List<NewTopic> declarations) {
		try {
			do {
				Thread.sleep(this.retryInterval);
			}
			while (!declare(declarations));
			log.info("Declared the Kafka topics at {}", this.connection.brokers());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() {
		Thread thread = this.retrying;
		if (thread != null) {
			thread.interrupt();
		}
	}

}
