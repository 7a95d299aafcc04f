package lms.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import lms.kit.health.KafkaHealthIndicator;
import lms.kit.kafka.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real broker started from the compose broker's own files: its
 * {@code server.properties} (ports and directory moved), the users formatted in as
 * kafka-start formats them, its {@code acls} applied. Clients are refused without a
 * login, and a service's user can publish its own events but not another service's.
 */
class KafkaAuthorizationTest {

	private static final String BROKER_PASSWORD = UUID.randomUUID().toString();

	private static final Map<String, String> PASSWORDS = new HashMap<>();

	private static Path directory;

	private static KafkaRaftServer server;

	private static String clients;

	private static String brokerListener;

	@BeforeAll
	static void startTheComposeBroker() throws Exception {
		directory = Files.createTempDirectory("kafkaauth-broker");
		int clientPort = freePort();
		int brokerPort = freePort();
		int controllerPort = freePort();
		clients = "127.0.0.1:" + clientPort;
		brokerListener = "127.0.0.1:" + brokerPort;
		Properties config = ComposeKafkaSecurityTest.brokerProperties();
		config.setProperty("log.dirs", directory.resolve("data").toString());
		config.setProperty("listeners",
				"CLIENTS://" + clients + ",BROKER://" + brokerListener + ",CONTROLLER://127.0.0.1:" + controllerPort);
		config.setProperty("advertised.listeners", "CLIENTS://" + clients + ",BROKER://" + brokerListener);
		config.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		// what kafka-start appends: the broker's own login on its loopback listeners
		String plain = plainLogin() + " user_broker=\"" + BROKER_PASSWORD + "\";";
		config.setProperty("listener.name.broker.plain.sasl.jaas.config", plain);
		config.setProperty("listener.name.controller.plain.sasl.jaas.config", plain);
		Path file = directory.resolve("server.properties");
		try (Writer writer = Files.newBufferedWriter(file)) {
			config.store(writer, null);
		}
		List<String> format = new ArrayList<>(List.of("format", "--cluster-id", Uuid.randomUuid().toString(),
				"--config", file.toString(), "--ignore-formatted"));
		for (String user : List.of("gateway", "identity", "course", "notification", "media")) {
			PASSWORDS.put(user, UUID.randomUUID().toString());
			format.addAll(
					List.of("--add-scram", "SCRAM-SHA-512=[name=" + user + ",password=" + PASSWORDS.get(user) + "]"));
		}
		assertThat(StorageTool.execute(format.toArray(String[]::new), new PrintStream(PrintStream.nullOutputStream())))
			.isZero();
		server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
		server.startup();
		try (Admin admin = Admin.create(asBroker())) {
			admin.createAcls(ComposeAcls.all()).all().get(30, TimeUnit.SECONDS);
			admin
				.createTopics(List.of(new NewTopic("lms.course.enrollment", 1, (short) 1),
						new NewTopic("lms.media.asset", 1, (short) 1), new NewTopic("lms.identity.user", 1, (short) 1)))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
	}

	@AfterAll
	static void stop() throws IOException {
		if (server != null) {
			server.shutdown();
			server.awaitShutdown();
		}
		Utils.delete(directory.toFile());
	}

	@Test
	void aClientWithoutALoginIsRefused() {
		Map<String, Object> anonymous = Map.of("bootstrap.servers", clients, "request.timeout.ms", 3000,
				"default.api.timeout.ms", 3000);
		try (Admin admin = Admin.create(anonymous)) {
			assertThatThrownBy(() -> admin.listTopics().names().get(5, TimeUnit.SECONDS))
				.isInstanceOfAny(ExecutionException.class, java.util.concurrent.TimeoutException.class);
		}
	}

	@Test
	void aWrongPasswordIsRefused() {
		try (Admin admin = Admin.create(as("course", "not-" + PASSWORDS.get("course")))) {
			assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
				.hasCauseInstanceOf(SaslAuthenticationException.class);
		}
	}

	@Test
	void courseServicePublishesEnrollments() throws Exception {
		assertThat(send("course", "lms.course.enrollment").offset()).isNotNegative();
	}

	@Test
	void mediaServicePublishesItsOwnEventsButNoEnrollmentCreated() throws Exception {
		assertThat(send("media", "lms.media.asset").offset()).isNotNegative();
		assertThatThrownBy(() -> send("media", "lms.course.enrollment"))
			.hasCauseInstanceOf(TopicAuthorizationException.class);
	}

	@Test
	void aServiceCannotDeleteAnotherServicesTopic() {
		try (Admin admin = Admin.create(as("media", PASSWORDS.get("media")))) {
			assertThatThrownBy(
					() -> admin.deleteTopics(List.of("lms.course.enrollment")).all().get(10, TimeUnit.SECONDS))
				.hasCauseInstanceOf(TopicAuthorizationException.class);
		}
	}

	@Test
	void theKitsOwnClientsLogInWithTheSettingsTheDeploymentsGive() {
		// compose and the chart: two environment variables and the secret file of the
		// login
		Map<String, Object> settings = Map.of("spring.kafka.security.protocol", "SASL_PLAINTEXT",
				"spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512", "spring.kafka.properties.sasl.jaas.config",
				as("media", PASSWORDS.get("media")).get("sasl.jaas.config"));
		KafkaProperties boot = new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("spring.kafka",
				KafkaProperties.class);
		try (KafkaHealthIndicator media = new KafkaHealthIndicator(KafkaConnection.of(clients, boot),
				Duration.ofSeconds(5));
				KafkaHealthIndicator anonymous = new KafkaHealthIndicator(KafkaConnection.plain(clients),
						Duration.ofSeconds(2))) {
			assertThat(media.health(false).getStatus()).isEqualTo(Status.UP);
			assertThat(anonymous.health(false).getStatus()).isEqualTo(Status.DOWN);
		}
	}

	@Test
	void aServiceCannotJoinAnotherServicesConsumerGroup() {
		Map<String, Object> config = as("gateway", PASSWORDS.get("gateway"));
		config.put("group.id", "course.users");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of("lms.identity.user"));
			assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
				.isInstanceOf(GroupAuthorizationException.class);
		}
	}

	private static org.apache.kafka.clients.producer.RecordMetadata send(String user, String topic) throws Exception {
		Map<String, Object> config = as(user, PASSWORDS.get(user));
		config.put("acks", "all");
		config.put("enable.idempotence", true);
		config.put("max.block.ms", 10000);
		config.put("delivery.timeout.ms", 15000);
		config.put("request.timeout.ms", 5000);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			return producer.send(new ProducerRecord<>(topic, "key", "{}")).get(20, TimeUnit.SECONDS);
		}
	}

	private static Map<String, Object> as(String user, String password) {
		Map<String, Object> config = new HashMap<>();
		config.put("bootstrap.servers", clients);
		config.put("security.protocol", "SASL_PLAINTEXT");
		config.put("sasl.mechanism", "SCRAM-SHA-512");
		config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
				+ user + "\" password=\"" + password + "\";");
		config.put("request.timeout.ms", 5000);
		config.put("default.api.timeout.ms", 10000);
		return config;
	}

	private static Map<String, Object> asBroker() {
		return Map.of("bootstrap.servers", brokerListener, "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism",
				"PLAIN", "sasl.jaas.config", plainLogin() + ";");
	}

	private static String plainLogin() {
		return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"broker\" password=\""
				+ BROKER_PASSWORD + "\"";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
