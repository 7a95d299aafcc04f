package lms.localstack;

import java.nio.file.Path;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;

/**
 * What the services need around them: a Kafka broker, the MongoDB stand-in, Redis and an
 * SMTP server that keeps every mail it receives.
 */
final class Infrastructure {

	private final KafkaProcess kafka;

	private final MongoStandIn mongo;

	private final RedisProcess redis;

	private final Mailbox mailbox = new Mailbox();

	private final MailFolder mailFolder;

	private final MailCatcher smtp;

	private final Duration timeout;

	Infrastructure(LocalStackOptions options) {
		Path data = options.dataDirectory();
		Ports ports = options.ports();
		this.kafka = new KafkaProcess(data.resolve("kafka"), options.log("kafka"), ports.kafka(),
				ports.kafkaController(), options.classArchives());
		this.mongo = new MongoStandIn(data.resolve("mongo").resolve("lms.mv"), ports.mongo());
		this.redis = new RedisProcess(data.resolve("redis"), options.log("redis"), ports.redis());
		this.mailFolder = new MailFolder(data.resolve("mail"));
		this.smtp = new MailCatcher(ports.smtp(), this.mailbox, this.mailFolder);
		this.timeout = options.readinessTimeout();
	}

	/** Starts each part in turn, returning when all answer. */
	void start() {
		step("Kafka at " + kafkaBootstrap(), this::startKafka);
		step("MongoDB stand-in at " + mongoUri(""), this::startMongo);
		step("Redis at 127.0.0.1:" + redisPort(), this::startRedis);
		step("SMTP at 127.0.0.1:" + smtpPort(), this::startSmtp);
	}

	/** Stops SMTP, Redis, MongoDB and Kafka, going on past a part that fails to stop. */
	void stop() {
		quietly("SMTP", this::stopSmtp);
		quietly("Redis", this::stopRedis);
		quietly("MongoDB stand-in", this::stopMongo);
		quietly("Kafka", this::stopKafka);
	}

	String kafkaBootstrap() {
		return this.kafka.bootstrap();
	}

	String mongoUri(String database) {
		return this.mongo.uri(database);
	}

	int redisPort() {
		return this.redis.port();
	}

	int smtpPort() {
		return this.smtp.port();
	}

	Mailbox mailbox() {
		return this.mailbox;
	}

	GreenMail greenMail() {
		return this.smtp.greenMail();
	}

	MailFolder mailFolder() {
		return this.mailFolder;
	}

	KafkaProcess kafka() {
		return this.kafka;
	}

	RedisProcess redis() {
		return this.redis;
	}

	void startKafka() {
		this.kafka.start(this.timeout);
	}

	void stopKafka() {
		this.kafka.stop();
	}

	void startMongo() {
		this.mongo.start();
	}

	void stopMongo() {
		this.mongo.stop();
	}

	void startRedis() {
		this.redis.start(this.timeout);
	}

	void stopRedis() {
		this.redis.stop();
	}

	void startSmtp() {
		this.smtp.start();
	}

	void stopSmtp() {
		this.smtp.stop();
	}

	private static void step(String what, Runnable action) {
		long begin = System.nanoTime();
		action.run();
		Say.info(what + " ready in " + Say.seconds(begin));
	}

	static void quietly(String what, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			Say.problem("Stopping " + what + " failed: " + ex);
		}
	}

}
