package lms.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The Spring properties that point an application at the test infrastructure: for
 * contexts started by hand, e.g.
 * {@code new SpringApplicationBuilder(App.class).run(InfrastructureProperties.asArguments(InfrastructureProperties.embedded()))}.
 * Each call with no database name picks a new one, so contexts do not see each other's
 * data; pass the same name to share it.
 */
public final class InfrastructureProperties {

	public static final String MONGODB_URI = "spring.mongodb.uri";

	public static final String REDIS_HOST = "spring.data.redis.host";

	public static final String REDIS_PORT = "spring.data.redis.port";

	public static final String KAFKA_BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";

	public static final String STREAM_KAFKA_BROKERS = "spring.cloud.stream.kafka.binder.brokers";

	public static final String MAIL_HOST = "spring.mail.host";

	public static final String MAIL_PORT = "spring.mail.port";

	public static final String CLOUDINARY_URL = "lms.media.cloudinary.url";

	public static final String CLOUDINARY_UPLOAD_PREFIX = "lms.media.cloudinary.upload-prefix";

	/**
	 * Actuator on a free port of its own, as the services' fixed management ports would
	 * clash.
	 */
	public static final String MANAGEMENT_PORT = "management.server.port";

	private InfrastructureProperties() {
	}

	/**
	 * Starts the in-JVM stand-ins (if not yet running) and names them.
	 * @return the properties, with a new MongoDB database
	 */
	public static Map<String, String> embedded() {
		return embedded(uniqueDatabase());
	}

	public static Map<String, String> embedded(String database) {
		EmbeddedRedis redis = EmbeddedRedis.shared();
		return properties(EmbeddedKafka.shared().bootstrapServers(), EmbeddedMongo.shared().uri(database), redis.host(),
				redis.port());
	}

	/**
	 * Starts the Kafka, MongoDB and Redis containers (Docker needed) and names them; SMTP
	 * and Cloudinary stay the in-JVM stand-ins.
	 * @return the properties, with a new MongoDB database
	 */
	public static Map<String, String> containers() {
		return containers(uniqueDatabase());
	}

	public static Map<String, String> containers(String database) {
		return properties(SharedContainers.kafkaBootstrapServers(), SharedContainers.mongoUri(database),
				SharedContainers.redisHost(), SharedContainers.redisPort());
	}

	/**
	 * The properties as command-line arguments, which outrank application.yml.
	 * @param properties the properties
	 * @return {@code --key=value} arguments
	 */
	public static String[] asArguments(Map<String, String> properties) {
		return properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
	}

	public static String uniqueDatabase() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static Map<String, String> properties(String kafkaServers, String mongoUri, String redisHost,
			int redisPort) {
		SmtpServer smtp = SmtpServer.shared();
		CloudinaryStub cloudinary = CloudinaryStub.shared();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put(MONGODB_URI, mongoUri);
		properties.put(REDIS_HOST, redisHost);
		properties.put(REDIS_PORT, String.valueOf(redisPort));
		properties.put(KAFKA_BOOTSTRAP_SERVERS, kafkaServers);
		properties.put(STREAM_KAFKA_BROKERS, kafkaServers);
		properties.put(MAIL_HOST, smtp.host());
		properties.put(MAIL_PORT, String.valueOf(smtp.port()));
		properties.put(CLOUDINARY_URL, cloudinary.cloudinaryUrl());
		properties.put(CLOUDINARY_UPLOAD_PREFIX, cloudinary.uploadPrefix());
		properties.put(MANAGEMENT_PORT, "0");
		return properties;
	}

}
