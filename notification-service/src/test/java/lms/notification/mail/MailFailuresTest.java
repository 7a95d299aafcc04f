package lms.notification.mail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.events.course.EnrollmentCreated;
import lms.events.course.ReviewAdded;
import lms.events.identity.ActivationRequested;
import lms.events.identity.PasswordResetRequested;
import lms.events.identity.UserRegistered;
import lms.kit.messaging.DeadLetterTopics;
import lms.notification.admin.AdminNotification;
import lms.notification.support.TestEvents;
import lms.kit.codes.CodeSeal;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.KafkaProbe;
import lms.testkit.SmtpServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens when mail cannot go out: an SMTP outage is retried with back-off, without
 * limit, until the server is back, and every mail then arrives once, while admin
 * notifications keep being raised; a template error is dead-lettered at once while the
 * mails behind it keep flowing.
 * <p>
 * The waits between attempts are shortened (100 ms growing to 200 ms instead of 1 s to 30
 * s) so the outage outlasts many times the attempts the former in-binder retry allowed
 * (12) within seconds; {@code -Dlms.test.mail-outage-attempts=N} makes it longer. The
 * consumers' fetch wait shrinks with them (50 ms instead of 500 ms) as in production the
 * first wait (1 s) outlasts it: the mails of other partitions read in the same poll as a
 * failed one are read again while its partition is paused, and so each mail is retried.
 */
@SpringBootTest(properties = { "lms.notification.mail.retry.initial-interval=100ms",
		"lms.notification.mail.retry.max-interval=200ms",
		"spring.cloud.stream.kafka.binder.consumer-properties.fetch.max.wait.ms=50" })
@EmbeddedInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class MailFailuresTest {

	static final Duration WAIT = Duration.ofSeconds(60);

	/** The attempts after which the former in-binder retry dead-lettered a mail. */
	static final int OLD_ATTEMPTS = 12;

	/** Five times the attempts after which the former in-binder retry gave up. */
	@Value("${lms.test.mail-outage-attempts:60}")
	int outageAttempts;

	@Autowired
	JsonMapper json;

	@Autowired
	CodeSeal seal;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MongoTemplate mongo;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@AfterEach
	void smtpBack() {
		SmtpServer.shared().start();
	}

	@Test
	void mailsWrittenDuringAnSmtpOutageAreDeliveredOnceWhenItEndsWhileNotificationsKeepFlowing(CapturedOutput output) {
		String activation = unique("ann");
		String order = unique("bob");
		String reset = unique("cy");
		double activationFailedBefore = failed("smtp", "activation");

		SmtpServer.shared().stop();
		String activationEvent = events().publish(new ActivationRequested(activation, "Ann", this.seal.seal("4821"),
				Instant.now().plus(Duration.ofMinutes(5))));
		String orderEvent = events().publish(new EnrollmentCreated("e-1", "u-bob", order, "Bob", "65f1a2c4e8b9", "Java",
				new BigDecimal("20"), "pi_1"));
		String resetEvent = events().publish(new PasswordResetRequested("u-cy", reset, "Cy", this.seal.seal("904512"),
				Instant.now().plus(Duration.ofMinutes(10))));
		events().publish(new PasswordResetRequested("u-cy", reset, "Cy", this.seal.seal("904512"),
				Instant.now().plus(Duration.ofMinutes(10))), resetEvent, Instant.now());
		await().atMost(WAIT).until(() -> failed("smtp", "activation") >= activationFailedBefore + OLD_ATTEMPTS);
		String course = "c-" + UUID.randomUUID();
		events().publish(new ReviewAdded(course, "r-1", "u-dee", "Dee", 5, "Java"));
		await().atMost(WAIT)
			.until(() -> this.mongo.exists(Query.query(Criteria.where("courseId").is(course)),
					AdminNotification.class));
		await().atMost(Duration.ofMinutes(5))
			.until(() -> failed("smtp", "activation") >= activationFailedBefore + this.outageAttempts);
		assertThat(SmtpServer.shared().messagesTo(activation)).isEmpty();
		await().atMost(WAIT).until(() -> this.meters.get("lms.mail.retrying").gauge().value() >= 1);
		SmtpServer.shared().start();

		for (String recipient : List.of(activation, order, reset)) {
			SmtpServer.shared().awaitMessageTo(recipient, WAIT);
		}
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(15))
			.until(() -> Set.of(activation, order, reset)
				.stream()
				.allMatch((to) -> SmtpServer.shared().messagesTo(to).size() == 1));
		await().atMost(WAIT).until(() -> this.meters.get("lms.mail.retrying").gauge().value() == 0);
		assertThat(deadLetterIds(Topics.IDENTITY_USER)).doesNotContain(activationEvent, resetEvent);
		assertThat(deadLetterIds(Topics.COURSE_ENROLLMENT)).doesNotContain(orderEvent);
		assertThat(output.getAll()).contains("failed (smtp)")
			.doesNotContainPattern(standalone("904512"))
			.doesNotContainPattern(standalone("4821"));
	}

	@Test
	void aTemplateErrorIsDeadLetteredAfterOneAttemptAndLaterMailsStillGo() {
		String welcome = unique("dee");
		String activation = unique("eve");
		double attemptsBefore = failed("template");

		String broken = events().publish(new UserRegistered("u-dee", welcome, "Dee", Instant.now(), "password"));
		events().publish(new ActivationRequested(activation, "Eve", this.seal.seal("1234"),
				Instant.now().plus(Duration.ofMinutes(5))));

		SmtpServer.shared().awaitMessageTo(activation, WAIT);
		ConsumerRecord<String, String> dead = await().atMost(WAIT)
			.until(() -> deadLetters().stream()
				.filter((r) -> broken.equals(KafkaProbe.header(r, CloudEventHeaders.ID)))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(dead.value()).contains(welcome);
		assertThat(failed("template")).isEqualTo(attemptsBefore + 1);
		assertThat(SmtpServer.shared().messagesTo(welcome)).isEmpty();
	}

	private List<String> deadLetterIds(String topic) {
		return new KafkaProbe(this.brokers)
			.recordsWithin(DeadLetterTopics.name(topic, "notification.mail"), Duration.ofSeconds(1))
			.stream()
			.map((r) -> KafkaProbe.header(r, CloudEventHeaders.ID))
			.toList();
	}

	private List<ConsumerRecord<String, String>> deadLetters() {
		return new KafkaProbe(this.brokers)
			.recordsWithin(DeadLetterTopics.name(Topics.IDENTITY_USER, "notification.mail"), Duration.ofSeconds(1));
	}

	private double failed(String reason) {
		return sum(this.meters.find("lms.mail.failed").tag("reason", reason).counters());
	}

	private double failed(String reason, String template) {
		return sum(this.meters.find("lms.mail.failed").tag("reason", reason).tag("template", template).counters());
	}

	private static double sum(Collection<Counter> counters) {
		return counters.stream().mapToDouble((c) -> c.count()).sum();
	}

	/** The code as a number of its own, not digits inside a timestamp or a port. */
	/** The code on its own, not a run of digits inside a number or a UUID's hex group. */
	static String standalone(String code) {
		return "(?<![0-9A-Za-z-])" + code + "(?![0-9A-Za-z-])";
	}

	private TestEvents events() {
		return new TestEvents(this.brokers, this.json);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.com";
	}

	/** Renders the welcome mail from a template with a syntax error. */
	@TestConfiguration(proxyBeanMethods = false)
	static class BrokenWelcomeTemplate {

		@Bean
		ClassLoaderTemplateResolver brokenWelcome() {
			ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
			resolver.setPrefix("broken-templates/");
			resolver.setSuffix(".html");
			resolver.setTemplateMode(TemplateMode.HTML);
			resolver.setResolvablePatterns(Set.of("mail/welcome"));
			resolver.setCheckExistence(true);
			resolver.setOrder(0);
			return resolver;
		}

	}

}
