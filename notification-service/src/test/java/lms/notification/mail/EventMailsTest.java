package lms.notification.mail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import lms.events.course.EnrollmentCreated;
import lms.events.course.QuestionAnswered;
import lms.events.identity.ActivationRequested;
import lms.events.identity.PasswordResetRequested;
import lms.events.identity.UserRegistered;
import lms.notification.support.MailDocs;
import lms.notification.support.TestEvents;
import lms.kit.codes.CodeSeal;
import lms.testkit.SmtpServer;
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
 * Every event that mails someone, through the real broker to GreenMail: recipient,
 * subject, and the values in both the HTML and the plain-text part. The HTML received is
 * kept under {@code docs/mails/}.
 */
@ExtendWith(OutputCaptureExtension.class)
class EventMailsTest extends MailContextTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	JsonMapper json;

	@Autowired
	CodeSeal seal;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@Test
	void aRegisteredUserGetsTheWelcomeMailWithTheConfiguredProductAndLinks() throws Exception {
		String email = unique("ann");
		events().publish(new UserRegistered("u-" + UUID.randomUUID(), email, "Ann Lee", Instant.now(), "password"));

		MimeMessage mail = SmtpServer.shared().awaitMessageTo(email, WAIT);
		assertThat(mail.getSubject()).isEqualTo("Welcome to ELearning");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@lms.local");
		assertThat(SmtpServer.html(mail)).contains("Welcome to ELearning", "Ann Lee",
				"href=\"https://learn.example.com/courses\"", "help@example.com");
		assertThat(SmtpServer.text(mail)).contains("Hello Ann Lee,", "https://learn.example.com/courses");
		MailDocs.write("welcome", SmtpServer.html(mail));
	}

	@Test
	void aPasswordResetRequestMailsTheSixDigitCodeValidTenMinutesAndNeverLogsIt(CapturedOutput output)
			throws Exception {
		String email = unique("bob");
		events().publish(new PasswordResetRequested("u-" + UUID.randomUUID(), email, "Bob", this.seal.seal("917346"),
				Instant.now().plus(Duration.ofMinutes(10))));

		MimeMessage mail = SmtpServer.shared().awaitMessageTo(email, WAIT);
		assertThat(mail.getSubject()).isEqualTo("Reset your password");
		assertThat(SmtpServer.html(mail)).contains("917346", "Bob", "valid for <span>10</span> minutes");
		assertThat(SmtpServer.text(mail)).contains("917346", "valid for 10 minutes");
		assertThat(output.getAll()).doesNotContainPattern(standalone("917346"));
		MailDocs.write("password-reset", SmtpServer.html(mail));
	}

	@Test
	void anActivationRequestMailsTheCodeAndNeverLogsIt(CapturedOutput output) throws Exception {
		String email = unique("cy");
		events().publish(new ActivationRequested(email, "Cy", this.seal.seal("5093"),
				Instant.now().plus(Duration.ofMinutes(5))));

		MimeMessage mail = SmtpServer.shared().awaitMessageTo(email, WAIT);
		assertThat(mail.getSubject()).isEqualTo("Activate your account");
		assertThat(SmtpServer.html(mail)).contains("5093", "Cy");
		assertThat(output.getAll()).doesNotContainPattern(standalone("5093"));
		MailDocs.write("activation", SmtpServer.html(mail));
	}

	@Test
	void anAnswerFromSomeoneElseMailsTheAskerAQuestionReply() throws Exception {
		String email = unique("dee");
		String courseId = "c-" + UUID.randomUUID();
		events().publish(new QuestionAnswered(courseId, "content-1", "q-1", "a-1", "admin-7", "u-dee", email, "Dee",
				"Streams and lambdas"));

		MimeMessage mail = SmtpServer.shared().awaitMessageTo(email, WAIT);
		assertThat(mail.getSubject()).isEqualTo("Question Reply");
		assertThat(SmtpServer.html(mail)).contains("Dee", "Streams and lambdas",
				"href=\"https://learn.example.com/course-access/" + courseId + "\"");
		assertThat(SmtpServer.text(mail)).contains("Hello Dee,", "\"Streams and lambdas\"");
		MailDocs.write("question-reply", SmtpServer.html(mail).replace(courseId, "65f1a2c4e8b9d0a1b2c3d4e5"));
	}

	@Test
	void anAnswerByTheAskerThemselvesMailsNobody() throws Exception {
		String asker = unique("eve");
		String other = unique("fay");
		String courseId = "c-" + UUID.randomUUID();
		events().publish(
				new QuestionAnswered(courseId, "content-1", "q-1", "a-1", "u-eve", "u-eve", asker, "Eve", "Generics"));
		events().publish(new QuestionAnswered(courseId, "content-1", "q-2", "a-2", "admin-7", "u-fay", other, "Fay",
				"Generics"));

		SmtpServer.shared().awaitMessageTo(other, WAIT);
		assertThat(SmtpServer.shared().messagesTo(asker)).isEmpty();
	}

	@Test
	void anEnrollmentMailsTheOrderConfirmationWithTheOriginalsFields() throws Exception {
		String email = unique("gus");
		String courseId = "65f1a2c4e8b9d0a1b2c3d4e5";
		EnrollmentCreated order = new EnrollmentCreated("e-" + UUID.randomUUID(), "u-gus", email, "Gus", courseId,
				"Java from scratch", new BigDecimal("49.90"), "pi_123");
		events().publish(order, UUID.randomUUID().toString(), Instant.parse("2024-08-23T10:15:00Z"));

		MimeMessage mail = SmtpServer.shared().awaitMessageTo(email, WAIT);
		assertThat(mail.getSubject()).isEqualTo("Order Confirmation");
		String html = SmtpServer.html(mail);
		assertThat(html).contains("Your ELearning order is confirmed!", "#65f1a2", "Java from scratch", "$49.9",
				"August 23, 2024", "Gus");
		assertThat(html).doesNotContain(courseId + "<").doesNotContain("$49.90");
		assertThat(SmtpServer.text(mail)).contains("#65f1a2", "Java from scratch", "$49.9", "August 23, 2024");
		MailDocs.write("order-confirmation", html);
	}

	@Test
	void aFreeCourseIsConfirmedAtZeroDollars() throws Exception {
		String email = unique("hal");
		events().publish(new EnrollmentCreated("e-" + UUID.randomUUID(), "u-hal", email, "Hal", "abcdef123456",
				"Free intro", BigDecimal.ZERO, null));

		MimeMessage mail = SmtpServer.shared().awaitMessageTo(email, WAIT);
		assertThat(SmtpServer.text(mail)).containsPattern("Price: +\\$0\\s").contains("#abcdef");
	}

	@Test
	void aRedeliveredEventIsMailedOnce() throws Exception {
		String email = unique("ivy");
		UserRegistered registered = new UserRegistered("u-ivy", email, "Ivy", Instant.now(), "social");
		String eventId = UUID.randomUUID().toString();
		events().publish(registered, eventId, Instant.now());
		events().publish(registered, eventId, Instant.now());

		SmtpServer.shared().awaitMessageTo(email, WAIT);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> SmtpServer.shared().messagesTo(email).size() == 1);
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

}
