package lms.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.events.identity.ActivationRequested;
import lms.events.identity.ActivationRequestedV1;
import lms.events.identity.PasswordResetRequested;
import lms.kit.codes.CodeSeal;
import lms.kit.codes.SealingKey;
import lms.kit.messaging.DeadLetterTopics;
import lms.notification.support.TestEvents;
import lms.testkit.BusBytes;
import lms.testkit.KafkaProbe;
import lms.testkit.SmtpServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Codes reach notification-service sealed: after a key rotation the codes sealed with the
 * previous key are still mailed, as are version 1 events with the code in clear that may
 * still be in flight; a code no accepted key opens is dead-lettered as it came, sealed,
 * and shown nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class SealedCodesTest extends MailContextTest {

	static final String CURRENT = CURRENT_KEY;

	static final String PREVIOUS = PREVIOUS_KEY;

	static final String RETIRED = "c1D2e3F4g5H6i7J8k9L0m1N2o3P4q5R6s7T8u9V0w1Y=";

	static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	JsonMapper json;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@Test
	void afterARotationCodesSealedWithThePreviousOrCurrentKeyAreMailed() {
		String before = unique("ann");
		String after = unique("bob");

		events().publish(new ActivationRequested(before, "Ann", sealedWith(PREVIOUS, "4821"), inFiveMinutes()));
		events()
			.publish(new PasswordResetRequested("u-bob", after, "Bob", sealedWith(CURRENT, "731504"), inFiveMinutes()));

		assertThat(SmtpServer.text(SmtpServer.shared().awaitMessageTo(before, WAIT))).contains(" 4821");
		assertThat(SmtpServer.text(SmtpServer.shared().awaitMessageTo(after, WAIT))).contains(" 731504");
	}

	@Test
	@SuppressWarnings("deprecation")
	void versionOneWithTheCodeInClearIsStillMailedWhileItMayBeInFlight() {
		String email = unique("cy");

		events().publish(new ActivationRequestedV1(email, "Cy", "5093", inFiveMinutes()));

		assertThat(SmtpServer.text(SmtpServer.shared().awaitMessageTo(email, WAIT))).contains(" 5093");
	}

	@Test
	void aCodeNoAcceptedKeyOpensIsDeadLetteredSealedAndShownNowhere(CapturedOutput output) {
		String email = unique("dee");
		String code = "608213";

		String eventId = events()
			.publish(new ActivationRequested(email, "Dee", sealedWith(RETIRED, code), inFiveMinutes()));

		ConsumerRecord<String, String> dead = await().atMost(WAIT)
			.until(() -> deadLetters().stream()
				.filter((record) -> eventId.equals(KafkaProbe.header(record, CloudEventHeaders.ID)))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(dead.value()).contains("sealedActivationCode");
		assertThat(SmtpServer.shared().messagesTo(email)).isEmpty();
		BusBytes bus = BusBytes.read(this.brokers, "lms.identity.");
		assertThat(bus.bytesByTopic())
			.containsKey(DeadLetterTopics.name(Topics.IDENTITY_USER, MailConfiguration.GROUP));
		assertThat(bus.topicsShowing(code)).isEmpty();
		assertThat(bus.topicsShowing(email)).as("the check sees the dead letter")
			.contains(DeadLetterTopics.name(Topics.IDENTITY_USER, MailConfiguration.GROUP));
		assertThat(output.getAll()).contains(SealingKey.parse("test", RETIRED).id())
			.doesNotContainPattern(MailFailuresTest.standalone(code))
			.doesNotContain(CURRENT, PREVIOUS, RETIRED);
	}

	private List<ConsumerRecord<String, String>> deadLetters() {
		return new KafkaProbe(this.brokers).recordsWithin(
				DeadLetterTopics.name(Topics.IDENTITY_USER, MailConfiguration.GROUP), Duration.ofMillis(500));
	}

	private static String sealedWith(String key, String code) {
		return new CodeSeal(SealingKey.parse("test", key), List.of()).seal(code);
	}

	private static Instant inFiveMinutes() {
		return Instant.now().plus(Duration.ofMinutes(5));
	}

	private TestEvents events() {
		return new TestEvents(this.brokers, this.json);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.com";
	}

}
