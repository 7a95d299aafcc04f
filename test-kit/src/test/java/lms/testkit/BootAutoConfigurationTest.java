package lms.testkit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the property names against Boot 4's own auto-configuration.
 */
@SpringBootTest(classes = BootAutoConfigurationTest.App.class)
@EmbeddedInfrastructure
class BootAutoConfigurationTest {

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private JavaMailSender mailSender;

	@Test
	void mongoTemplateUsesTheContextsOwnDatabase() {
		this.mongo.save(new Document("_id", "d1").append("title", "Redis 101"), "courses");

		assertThat(this.mongo.getDb().getName()).startsWith("test-");
		assertThat(this.mongo.findById("d1", Document.class, "courses")).containsEntry("title", "Redis 101");
	}

	@Test
	void redisTemplateReachesRedisServer() {
		this.redis.opsForValue().set("boot:key", "value");

		assertThat(this.redis.opsForValue().get("boot:key")).isEqualTo("value");
	}

	@Test
	void kafkaTemplateReachesTheBroker() throws Exception {
		this.kafka.send("kit.boot", "k", "hello").get(10, TimeUnit.SECONDS);

		assertThat(EmbeddedKafka.shared().probe().awaitRecords("kit.boot", 1, Duration.ofSeconds(10)))
			.anySatisfy((record) -> assertThat(record.value()).isEqualTo("hello"));
	}

	@Test
	void mailSenderReachesTheSmtpServer() {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom("no-reply@lms.test");
		mail.setTo("boot@lms.test");
		mail.setSubject("From Boot");
		mail.setText("plain body");

		this.mailSender.send(mail);

		assertThat(SmtpServer.shared().awaitMessages(1, Duration.ofSeconds(5)))
			.anySatisfy((received) -> assertThat(received.subject()).isEqualTo("From Boot"));
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
