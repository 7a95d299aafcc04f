package lms.kit.kafka;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConnectionTest {

	private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"media\" password=\"p\";";

	@Test
	void withoutSecuritySettingsTheKitsClientsConnectInPlainAsBefore() {
		KafkaConnection connection = KafkaConnection.of("kafka:9092", bind(Map.of(), Map.of()));

		assertThat(connection.with(Map.of("client.id", "x")))
			.containsExactlyInAnyOrderEntriesOf(Map.of("bootstrap.servers", "kafka:9092", "client.id", "x"));
	}

	@Test
	void theDeploymentsEnvironmentAndSecretFileGiveEveryKitClientTheServicesLogin() {
		// compose and the chart: protocol and mechanism as environment variables, the
		// JAAS line
		// as the secret file spring.kafka.properties.sasl.jaas.config (a config tree)
		KafkaProperties boot = bind(Map.of("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
				"SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512"),
				Map.of("spring.kafka.properties.sasl.jaas.config", JAAS));

		Map<String, Object> config = KafkaConnection.of("kafka:9092", boot).with(Map.of("client.id", "x"));

		assertThat(config).containsEntry("security.protocol", "SASL_PLAINTEXT")
			.containsEntry("sasl.mechanism", "SCRAM-SHA-512")
			.containsEntry("sasl.jaas.config", JAAS)
			.containsEntry("bootstrap.servers", "kafka:9092")
			.containsEntry("client.id", "x");
	}

	@Test
	void theBindersProducersAndConsumersTakeTheSameLoginFromSpringBoot() {
		KafkaProperties boot = bind(Map.of("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
				"SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512"),
				Map.of("spring.kafka.properties.sasl.jaas.config", JAAS));
		KafkaBinderConfigurationProperties binder = new KafkaBinderConfigurationProperties(boot,
				new StaticListableBeanFactory().getBeanProvider(KafkaConnectionDetails.class));

		for (Map<String, Object> client : List.of(binder.mergedProducerConfiguration(),
				binder.mergedConsumerConfiguration())) {
			assertThat(client).containsEntry("security.protocol", "SASL_PLAINTEXT")
				.containsEntry("sasl.mechanism", "SCRAM-SHA-512")
				.containsEntry("sasl.jaas.config", JAAS);
		}
	}

	@Test
	void aClientsOwnSettingWinsOverTheConnections() {
		KafkaConnection connection = new KafkaConnection("a:1", Map.of("security.protocol", "SASL_PLAINTEXT"));

		assertThat(connection.with(Map.of("bootstrap.servers", "b:2"))).containsEntry("bootstrap.servers", "b:2");
	}

	private static KafkaProperties bind(Map<String, Object> environment, Map<String, Object> files) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("files", files));
		env.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					environment));
		return new Binder(ConfigurationPropertySources.get(env)).bindOrCreate("spring.kafka", KafkaProperties.class);
	}

}
