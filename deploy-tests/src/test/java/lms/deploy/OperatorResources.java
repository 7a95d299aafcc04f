package lms.deploy;

import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * The custom resources the chart may use: those of the operators it relies on (Strimzi,
 * the MongoDB community operator, the OT redis-operator, the Prometheus operator), as
 * their CRDs define them. Any other kind fails.
 */
final class OperatorResources {

	static final ResourceDefinitionContext KAFKA_TOPIC = context("kafka.strimzi.io", "v1beta2", "KafkaTopic",
			"kafkatopics");

	private static final Map<String, ResourceDefinitionContext> KNOWN = Map.of("kafka.strimzi.io/v1beta2/Kafka",
			context("kafka.strimzi.io", "v1beta2", "Kafka", "kafkas"), "kafka.strimzi.io/v1beta2/KafkaNodePool",
			context("kafka.strimzi.io", "v1beta2", "KafkaNodePool", "kafkanodepools"),
			"kafka.strimzi.io/v1beta2/KafkaTopic", KAFKA_TOPIC, "kafka.strimzi.io/v1beta2/KafkaUser",
			context("kafka.strimzi.io", "v1beta2", "KafkaUser", "kafkausers"),
			"mongodbcommunity.mongodb.com/v1/MongoDBCommunity",
			context("mongodbcommunity.mongodb.com", "v1", "MongoDBCommunity", "mongodbcommunity"),
			"redis.redis.opstreelabs.in/v1beta2/Redis",
			context("redis.redis.opstreelabs.in", "v1beta2", "Redis", "redis"), "monitoring.coreos.com/v1/PodMonitor",
			context("monitoring.coreos.com", "v1", "PodMonitor", "podmonitors"));

	private OperatorResources() {
	}

	static ResourceDefinitionContext of(GenericKubernetesResource resource) {
		ResourceDefinitionContext context = KNOWN.get(resource.getApiVersion() + "/" + resource.getKind());
		if (context == null) {
			throw new AssertionError("Not a resource of the operators the chart relies on: " + resource.getApiVersion()
					+ " " + resource.getKind());
		}
		return context;
	}

	private static ResourceDefinitionContext context(String group, String version, String kind, String plural) {
		return new ResourceDefinitionContext.Builder().withGroup(group)
			.withVersion(version)
			.withKind(kind)
			.withPlural(plural)
			.withNamespaced(true)
			.build();
	}

}
