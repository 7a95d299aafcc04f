package lms.notification.mail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.events.course.EnrollmentCreated;
import lms.events.course.ReviewAdded;
import lms.events.identity.ActivationRequested;
import lms.events.identity.PasswordResetRequested;
import lms.events.identity.UserRegistered;
import lms.notification.admin.AdminNotification;
import lms.notification.support.TestEvents;
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
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens when mail cannot go out: an SMTP outage is retried with back-off until the
 * server is back, and every mail then arrives once, while admin notifications keep being
 * raised; a template error is dead-lettered at once while the mails behind it keep
 * flowing.
 * <p>
 * The outage lasts a minute and the retries use the production settings (12 attempts, 1 s
 * doubling to 15 s, about two minutes). A shorter run for iterating: {@code
 * -Dlms.test.mail-retry.max-attempts=40 -Dlms.test.mail-retry.initial=200
 * -Dlms.test.mail-retry.max=1000 -Dlms.test.smtp-outage=0s} (the outage then lasts until
 * three failed attempts were seen).
 */
@SpringBootTest(properties = {
		"spring.cloud.stream.bindings.mail-in-0.consumer.max-attempts=${lms.test.mail-retry.max-attempts:12}",
		"spring.cloud.stream.bindings.mail-in-0.consumer.back-off-initial-interval=${lms.test.mail-retry.initial:1000}",
		"spring.cloud.stream.bindings.mail-in-0.consumer.back-off-max-interval=${lms.test.mail-retry.max:15000}" })
@EmbeddedInfrastructure
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class MailFailuresTest {

	static final Duration WAIT = Duration.ofSeconds(60);

	@Value("${lms.test.smtp-outage:60s}")
	Duration outage;

	@Autowired
	JsonMapper json;

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
		double failedBefore = failed("smtp");

		SmtpServer.shared().stop();
		Instant down = Instant.now();
		events().publish(new ActivationRequested(activation, "Ann", "4821", Instant.now().plus(Duration.ofMinutes(5))));
		events().publish(new EnrollmentCreated("e-1", "u-bob", order, "Bob", "65f1a2c4e8b9", "Java",
				new BigDecimal("20"), "pi_1"));
		String resetEvent = events().publish(
				new PasswordResetRequested("u-cy", reset, "Cy", "904512", Instant.now().plus(Duration.ofMinutes(10))));
		events().publish(
				new PasswordResetRequested("u-cy", reset, "Cy", "904512", Instant.now().plus(Duration.ofMinutes(10))),
				resetEvent, Instant.now());
		String course = "c-" + UUID.randomUUID();
		events().publish(new ReviewAdded(course, "r-1", "u-dee", "Dee", 5, "Java"));
		await().atMost(WAIT).until(() -> failed("smtp") >= failedBefore + 3);
		await().atMost(WAIT)
			.until(() -> this.mongo.exists(Query.query(Criteria.where("courseId").is(course)),
					AdminNotification.class));
		await().pollDelay(remaining(down)).atMost(remaining(down).plusSeconds(5)).until(() -> true);
		assertThat(SmtpServer.shared().messagesTo(activation)).isEmpty();
		SmtpServer.shared().start();

		for (String recipient : List.of(activation, order, reset)) {
			SmtpServer.shared().awaitMessageTo(recipient, WAIT);
		}
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(15))
			.until(() -> Set.of(activation, order, reset)
				.stream()
				.allMatch((to) -> SmtpServer.shared().messagesTo(to).size() == 1));
		assertThat(deadLetters().stream().map((r) -> KafkaProbe.header(r, CloudEventHeaders.ID)))
			.doesNotContain(resetEvent);
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
		events().publish(new ActivationRequested(activation, "Eve", "1234", Instant.now().plus(Duration.ofMinutes(5))));

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

	private Duration remaining(Instant down) {
		Duration left = this.outage.minus(Duration.between(down, Instant.now()));
		return left.isNegative() ? Duration.ZERO : left;
	}

	private List<ConsumerRecord<String, String>> deadLetters() {
		return new KafkaProbe(this.brokers).recordsWithin(Topics.deadLetter(Topics.IDENTITY_USER, "notification.mail"),
				Duration.ofSeconds(1));
	}

	private double failed(String reason) {
		return this.meters.find("lms.mail.failed")
			.tag("reason", reason)
			.counters()
			.stream()
			.mapToDouble((c) -> c.count())
			.sum();
	}

	/** The code as a number of its own, not digits inside a timestamp or a port. */
	static String standalone(String code) {
		return "(?<![0-9])" + code + "(?![0-9])";
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
