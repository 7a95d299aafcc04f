package lms.notification.mail;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a rendered mail with an HTML and a plain-text part. A failure propagates so the
 * event is retried with back-off and then dead-lettered.
 */
@Component
public class Mailer {

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
		MailRenderer.RenderedMail rendered = this.renderer.render(mail);
		try {
			this.smtp.send(message(rendered));
			this.meters.counter("lms.mail.sent", "template", mail.template()).increment();
		}
		catch (RuntimeException ex) {
			this.meters.counter("lms.mail.failed", "template", mail.template()).increment();
			throw ex;
		}
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
