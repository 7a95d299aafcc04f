package lms.testkit;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Kafka, MongoDB and Redis containers shared by every test of this JVM, started
 * together on first use; Testcontainers removes them when the JVM ends. Images can be
 * overridden with the system properties {@code lms.testkit.kafka-image},
 * {@code lms.testkit.mongo-image} and {@code lms.testkit.redis-image}.
 */
final class SharedContainers {

	private static final int REDIS_PORT = 6379;

	private static KafkaContainer kafka;

	private static MongoDBContainer mongo;

	private static GenericContainer<?> redis;

	private SharedContainers() {
	}

	static synchronized void start() {
		if (kafka == null) {
			KafkaContainer kafkaContainer = new KafkaContainer(image("kafka", "apache/kafka:4.1.1"));
			MongoDBContainer mongoContainer = new MongoDBContainer(image("mongo", "mongo:8.0"));
			GenericContainer<?> redisContainer = new GenericContainer<>(image("redis", "redis:7.4-alpine"))
				.withExposedPorts(REDIS_PORT);
			Startables.deepStart(kafkaContainer, mongoContainer, redisContainer).join();
			kafka = kafkaContainer;
			mongo = mongoContainer;
			redis = redisContainer;
		}
	}

	static String kafkaBootstrapServers() {
		start();
		return kafka.getBootstrapServers();
	}

	static String mongoUri(String database) {
		start();
		return mongo.getReplicaSetUrl(database);
	}

	static String redisHost() {
		start();
		return redis.getHost();
	}

	static int redisPort() {
		start();
		return redis.getMappedPort(REDIS_PORT);
	}

	private static String image(String name, String fallback) {
		return System.getProperty("lms.testkit." + name + "-image", fallback);
	}

}
