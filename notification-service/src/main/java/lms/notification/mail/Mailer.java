package lms.notification.mail;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a rendered mail with an HTML and a plain-text part. A failure propagates: an
 * unreachable or refusing server is retried until it is back ({@link MailRetry}); a mail
 * that cannot be rendered, has no recipient or whose recipient the server refuses for
 * good is dead-lettered at once.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender smtp;

	private final MailRenderer renderer;

	private final MailProperties properties;

	private final MeterRegistry meters;

	Mailer(JavaMailSender smtp, MailRenderer renderer, MailProperties properties, MeterRegistry meters) {
		this.smtp = smtp;
		this.renderer = renderer;
		this.properties = properties;
		this.meters = meters;
	}

	public void send(Mail mail) {
		if (mail.to() == null || mail.to().isBlank()) {
			throw new UndeliverableMailException("No recipient for " + mail);
		}
		MailRenderer.RenderedMail rendered;
		try {
			rendered = this.renderer.render(mail);
		}
		catch (RuntimeException ex) {
			failed(mail, "template", ex);
			throw ex;
		}
		try {
			this.smtp.send(message(rendered));
			this.meters.counter("lms.mail.sent", "template", mail.template()).increment();
		}
		catch (MailSendException ex) {
			if (RecipientRejection.isPermanent(ex)) {
				failed(mail, "recipient", ex);
				throw new UndeliverableMailException("The mail server refused the recipient of " + mail, ex);
			}
			failed(mail, "smtp", ex);
			throw ex;
		}
		catch (RuntimeException ex) {
			failed(mail, "smtp", ex);
			throw ex;
		}
	}

	/** Logs the mail's recipient, subject and template only: never its variables. */
	private void failed(Mail mail, String reason, RuntimeException ex) {
		log.warn("{} failed ({}): {}", mail, reason, ex.getMessage());
		this.meters.counter("lms.mail.failed", "template", mail.template(), "reason", reason).increment();
	}

	private MimeMessage message(MailRenderer.RenderedMail rendered) {
		MimeMessage message = this.smtp.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.properties.from());
			helper.setTo(rendered.to());
			helper.setSubject(rendered.subject());
			helper.setText(rendered.text(), rendered.html());
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

}
