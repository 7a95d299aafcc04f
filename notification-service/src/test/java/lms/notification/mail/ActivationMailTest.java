package lms.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import lms.events.CloudEventHeaders;
import lms.events.EventCatalog;
import lms.events.Topics;
import lms.events.identity.ActivationRequested;
import lms.kit.codes.CodeSeal;
import lms.testkit.KafkaProbe;
import lms.testkit.SmtpServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ActivationMailTest extends MailContextTest {

	@Autowired
	JsonMapper json;

	@Autowired
	CodeSeal seal;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@Test
	void anActivationRequestIsMailedOnceWithTheCodeEvenWhenDeliveredTwice() throws Exception {
		String email = "ann-" + UUID.randomUUID() + "@example.com";
		var event = new ActivationRequested(email, "Ann", this.seal.seal("4821"),
				Instant.now().plus(Duration.ofMinutes(5)));
		String eventId = UUID.randomUUID().toString();

		publish(event, eventId);
		publish(event, eventId);

		MimeMessage mail = SmtpServer.shared().awaitMessageTo(email, Duration.ofSeconds(30));
		assertThat(mail.getSubject()).isEqualTo("Activate your account");
		String html = SmtpServer.html(mail);
		assertThat(html).contains("4821").contains("Ann").contains("Welcome to ELearning");
		assertThat(SmtpServer.text(mail)).contains("4821").contains("valid for 5 minutes");
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> SmtpServer.shared().messagesTo(email).size() == 1);
	}

	private void publish(ActivationRequested event, String eventId) {
		new KafkaProbe(this.brokers).send(Topics.IDENTITY_USER, event.email(), this.json.writeValueAsString(event),
				Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE,
						EventCatalog.of(ActivationRequested.class).type(), CloudEventHeaders.SPEC_VERSION, "1.0",
						CloudEventHeaders.SOURCE, "/identity-service", CloudEventHeaders.SUBJECT, event.email()));
	}

}
