package lms.kit.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Where and as whom the kit's own Kafka clients (health check, topic declarations, lag
 * gauges, dead letters) connect: the binder's brokers and the security settings the
 * binder's clients get from Spring Boot ({@code spring.kafka.security.protocol},
 * {@code spring.kafka.properties.sasl.*}, {@code spring.kafka.ssl.*}). Without them,
 * plain connections as before; with them, every client of a service authenticates as its
 * one principal.
 *
 * @param brokers the bootstrap servers
 * @param security the clients' {@code security.*}, {@code sasl.*} and {@code ssl.*}
 * settings
 */
public record KafkaConnection(String brokers, Map<String, Object> security) {

	public KafkaConnection {
		security = Map.copyOf(security);
	}

	/** No credentials: the embedded broker of the local run and the tests. */
	public static KafkaConnection plain(String brokers) {
		return new KafkaConnection(brokers, Map.of());
	}

	/**
	 * The security settings Spring Boot would give an admin client, without its brokers.
	 */
	public static KafkaConnection of(String brokers, KafkaProperties boot) {
		Map<String, Object> security = new HashMap<>();
		boot.buildAdminProperties().forEach((key, value) -> {
			if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
				security.put(key, value);
			}
		});
		return new KafkaConnection(brokers, security);
	}

	/** A client's configuration: the connection's, then the client's own settings. */
	public Map<String, Object> with(Map<String, Object> own) {
		Map<String, Object> config = new HashMap<>(this.security);
		config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, this.brokers);
		config.putAll(own);
		return config;
	}

}
