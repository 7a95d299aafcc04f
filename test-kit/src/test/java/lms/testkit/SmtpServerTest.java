package lms.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpServerTest {

	@AutoClose
	private final SmtpServer smtp = SmtpServer.create();

	@Test
	void receivesHtmlAndTextParts() throws Exception {
		Transport.send(welcomeMail("alice@lms.test"));

		List<ReceivedMail> mails = this.smtp.awaitMessages(1, Duration.ofSeconds(5));

		assertThat(mails).singleElement().satisfies((mail) -> {
			assertThat(mail.from()).isEqualTo("no-reply@lms.test");
			assertThat(mail.to()).containsExactly("alice@lms.test");
			assertThat(mail.subject()).isEqualTo("Welcome");
			assertThat(mail.html()).contains("<h1>Welcome</h1>");
			assertThat(mail.text()).contains("Welcome, plain");
		});
	}

	@Test
	void findsMailByRecipientMailbox() throws Exception {
		MimeMessage mail = welcomeMail("dan@lms.test");
		mail.addRecipients(MimeMessage.RecipientType.BCC, "erin@lms.test");
		Transport.send(mail);

		MimeMessage received = this.smtp.awaitMessageTo("erin@lms.test", Duration.ofSeconds(5));

		assertThat(SmtpServer.html(received)).contains("<h1>Welcome</h1>");
		assertThat(SmtpServer.text(received)).contains("Welcome, plain");
		assertThat(this.smtp.messagesTo("dan@lms.test")).hasSize(1);
		assertThat(this.smtp.messagesTo("nobody@lms.test")).isEmpty();
		assertThatThrownBy(() -> this.smtp.awaitMessageTo("nobody@lms.test", Duration.ofMillis(200)))
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void resetForgetsReceivedMailAndAwaitFailsWhenNothingArrives() throws Exception {
		Transport.send(welcomeMail("bob@lms.test"));
		this.smtp.awaitMessages(1, Duration.ofSeconds(5));

		this.smtp.reset();

		assertThat(this.smtp.messages()).isEmpty();
		assertThatThrownBy(() -> this.smtp.awaitMessages(1, Duration.ofMillis(200))).isInstanceOf(AssertionError.class);
	}

	@Test
	void refusesMailDuringAnOutageAndAcceptsItAgainOnTheSamePort() throws Exception {
		this.smtp.stop();
		assertThatThrownBy(() -> Transport.send(welcomeMail("carol@lms.test"))).isInstanceOf(MessagingException.class);

		this.smtp.start();
		Transport.send(welcomeMail("carol@lms.test"));

		assertThat(this.smtp.awaitMessages(1, Duration.ofSeconds(5))).extracting(ReceivedMail::to)
			.containsExactly(List.of("carol@lms.test"));
	}

	private MimeMessage welcomeMail(String to) throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", this.smtp.host());
		properties.put("mail.smtp.port", String.valueOf(this.smtp.port()));
		properties.put("mail.smtp.connectiontimeout", "2000");
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("no-reply@lms.test"));
		message.setRecipients(MimeMessage.RecipientType.TO, to);
		message.setSubject("Welcome");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Welcome, plain", "UTF-8");
		MimeBodyPart html = new MimeBodyPart();
		html.setContent("<h1>Welcome</h1>", "text/html; charset=UTF-8");
		message.setContent(new MimeMultipart("alternative", text, html));
		return message;
	}

}
