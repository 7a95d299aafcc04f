package lms.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stack on random ports in a temporary folder: the real infrastructure, and a fake
 * gateway jar standing in for the services, which are built later in the reactor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackTest {

	Path data;

	LocalStack stack;

	@BeforeAll
	void start(@TempDir Path data, @TempDir Path project) throws IOException {
		this.data = data;
		FakeServiceJar.write(project, LmsService.GATEWAY);
		this.stack = LocalStack.builder()
			.dataDirectory(this.data)
			.randomPorts()
			.services(LmsService.GATEWAY)
			.jvmOptions(LmsService.GATEWAY, "-Xmx32m")
			.projectRoot(project)
			.readinessTimeout(Duration.ofSeconds(60))
			.start();
	}

	@AfterAll
	void stop() {
		this.stack.close();
	}

	@Test
	void kafkaDeliversWhatIsProduced() throws Exception {
		String topic = "round-trip-" + UUID.randomUUID();
		produce(topic, "hello");
		assertThat(consumeFirst(topic)).isEqualTo("hello");
	}

	@Test
	void kafkaKeepsMessagesAcrossStopAndStartAndItsClassCacheFromTheFirstCleanStop() throws Exception {
		String topic = "restart-" + UUID.randomUUID();
		produce(topic, "kept");
		this.stack.stopKafka();
		assertThat(PortProbe.isOpen(port(this.stack.kafkaBootstrap()))).isFalse();
		Path cache;
		try (Stream<Path> files = Files.list(this.data.resolve("kafka"))) {
			cache = files.filter((file) -> file.getFileName().toString().endsWith(".aot")).findFirst().orElseThrow();
		}
		this.stack.startKafka();
		assertThat(consumeFirst(topic)).isEqualTo("kept");
		String command = Files.readString(Path.of("/proc", this.stack.processIds().get("kafka").toString(), "cmdline"));
		assertThat(command).contains("-XX:AOTCache=" + cache);
		assertThat(cache).as("mapped, so kept").exists();
	}

	@Test
	void mongoKeepsDocumentsAcrossStopAndStart() {
		try (MongoClient client = MongoClients.create(this.stack.mongoUri("test"))) {
			things(client).insertOne(new Document("_id", "a").append("title", "Algebra"));
		}
		this.stack.stopMongo();
		assertThat(this.data.resolve("mongo/lms.mv")).exists();
		this.stack.startMongo();
		try (MongoClient client = MongoClients.create(this.stack.mongoUri("test"))) {
			assertThat(things(client).find(new Document("_id", "a")).first()).containsEntry("title", "Algebra");
		}
	}

	@Test
	void mongoAnswersHelloLikeMongoDb5AsSpringBootsHealthCheckAsks() {
		try (MongoClient client = MongoClients.create(this.stack.mongoUri("course"))) {
			Document hello = client.getDatabase("course").runCommand(new Document("hello", 1));
			assertThat(hello).containsEntry("isWritablePrimary", true).containsKey("maxWireVersion");
		}
	}

	@Test
	void redisKeepsKeysAcrossStopAndStart() {
		try (Jedis redis = new Jedis("127.0.0.1", this.stack.redisPort())) {
			assertThat(redis.set("greeting", "hello")).isEqualTo("OK");
		}
		this.stack.stopRedis();
		assertThat(this.data.resolve("redis/data/appendonly.aof")).exists();
		this.stack.startRedis();
		try (Jedis redis = new Jedis("127.0.0.1", this.stack.redisPort())) {
			assertThat(redis.get("greeting")).isEqualTo("hello");
		}
	}

	@Test
	void receivedMailBecomesAnHtmlFileListedInTheIndex() throws Exception {
		String subject = "Activate your account " + UUID.randomUUID();
		send("learner@example.com", subject, "<p>Your code is <b>4711</b></p>");

		ReceivedMail mail = this.stack.mailbox()
			.await((received) -> received.subject().equals(subject), Duration.ofSeconds(10));
		assertThat(mail.to()).containsExactly("learner@example.com");
		assertThat(mail.html()).contains("<b>4711</b>");
		Path page = mailPage(subject);
		assertThat(Files.readString(page)).contains("learner@example.com", "4711", "noreply@lms.local");
		assertThat(Files.readString(this.stack.mailFolder().index())).contains(subject, page.getFileName().toString());
	}

	@Test
	void smtpRefusesMailWhileStoppedAndAcceptsItAgainAfterStart() throws Exception {
		this.stack.stopSmtp();
		assertThatThrownBy(() -> send("late@example.com", "while down", "<p>down</p>"))
			.isInstanceOf(MessagingException.class);
		this.stack.startSmtp();
		String subject = "after restart " + UUID.randomUUID();
		send("late@example.com", subject, "<p>up again</p>");
		assertThat(this.stack.mailbox().awaitTo("late@example.com", Duration.ofSeconds(10)).subject())
			.isEqualTo(subject);
	}

	@Test
	void serviceGetsTheConfigurationContractAndAnswersReady() throws IOException {
		assertThat(this.stack.isReady("gateway")).isTrue();
		assertThat(Files.readString(this.stack.logFile("gateway"))).contains(
				"--spring.cloud.stream.kafka.binder.brokers=" + this.stack.kafkaBootstrap(),
				"--spring.data.redis.port=" + this.stack.redisPort(),
				"--lms.services.identity.url=" + this.stack.serviceUrl("identity-service"));
	}

	@Test
	void serviceCanBeKilledStoppedAndStartedAgain() {
		this.stack.killService("gateway");
		assertThat(this.stack.service("gateway").isAlive()).isFalse();
		assertThat(this.stack.isReady("gateway")).isFalse();
		this.stack.startService("gateway");
		assertThat(this.stack.isReady("gateway")).isTrue();
		this.stack.stopService("gateway");
		assertThat(this.stack.isReady("gateway")).isFalse();
		this.stack.startService("gateway");
		assertThat(this.stack.isReady("gateway")).isTrue();
	}

	@Test
	void aTwinRunsTheSameServiceOnOtherPortsWithItsSettingsReplacedAndStopsWithTheStack() throws IOException {
		ServiceProcess twin = this.stack.startTwin(LmsService.GATEWAY,
				Map.of("lms.services.course.url", "http://127.0.0.1:1"));
		try {
			assertThat(twin.url()).isNotEqualTo(this.stack.gatewayUrl());
			assertThat(twin.isAlive()).isTrue();
			String arguments = Files.readString(twin.log());
			assertThat(arguments)
				.contains("--lms.services.course.url=http://127.0.0.1:1",
						"--spring.cloud.stream.kafka.binder.brokers=" + this.stack.kafkaBootstrap(),
						"--server.port=" + twin.url().substring(twin.url().lastIndexOf(':') + 1))
				.doesNotContain("--lms.services.course.url=" + this.stack.serviceUrl(LmsService.COURSE));
		}
		finally {
			twin.stop();
		}
		assertThat(twin.isAlive()).isFalse();
		assertThat(this.stack.isReady(LmsService.GATEWAY)).as("the original runs on").isTrue();
	}

	@Test
	void everyProcessOfTheStackListensOnLoopbackOnly() {
		Map<String, Long> processes = this.stack.processIds();
		assertThat(processes).containsOnlyKeys("kafka", "redis", "gateway");
		processes.forEach((name, pid) -> assertThat(ListeningSockets.of(pid)).as(name)
			.isNotEmpty()
			.allMatch((address) -> address.getAddress().isLoopbackAddress()));
		assertThat(ListeningSockets.of(processes.get("gateway")))
			.anyMatch((address) -> address.getPort() == this.stack.options().ports().management(LmsService.GATEWAY));
		assertThat(ListeningSockets.of(processes.get("redis")))
			.anyMatch((address) -> address.getPort() == this.stack.redisPort());
	}

	@Test
	void aSocketOnEveryInterfaceIsSeenAsSuch() throws IOException {
		try (ServerSocket everywhere = new ServerSocket(0)) {
			assertThat(ListeningSockets.of(ProcessHandle.current().pid()))
				.anyMatch((address) -> address.getPort() == everywhere.getLocalPort()
						&& address.getAddress().isAnyLocalAddress());
		}
	}

	/**
	 * Declares the topic first, as the services do: the broker creates none by itself.
	 */
	private void produce(String topic, String value) throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.stack.kafkaBootstrap()))) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.stack.kafkaBootstrap(),
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
			producer.send(new ProducerRecord<>(topic, "key", value)).get(30, TimeUnit.SECONDS);
		}
	}

	private String consumeFirst(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.stack.kafkaBootstrap(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					return record.value();
				}
			}
		}
		throw new AssertionError("Nothing arrived on " + topic);
	}

	private void send(String to, String subject, String html) throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(this.stack.smtpPort()));
		properties.put("mail.smtp.connectiontimeout", "2000");
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("noreply@lms.local"));
		message.setRecipients(MimeMessage.RecipientType.TO, to);
		message.setSubject(subject);
		MimeBodyPart text = new MimeBodyPart();
		text.setText("plain version");
		MimeBodyPart rich = new MimeBodyPart();
		rich.setContent(html, "text/html; charset=utf-8");
		message.setContent(new MimeMultipart("alternative", text, rich));
		Transport.send(message);
	}

	private Path mailPage(String subject) throws IOException {
		try (Stream<Path> files = Files.list(this.stack.mailFolder().directory())) {
			return files.filter((file) -> file.getFileName().toString().endsWith(MailFolder.slug(subject) + ".html"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No mail page for " + subject));
		}
	}

	private static MongoCollection<Document> things(MongoClient client) {
		return client.getDatabase("test").getCollection("things");
	}

	private static int port(String bootstrap) {
		return Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
	}

}
