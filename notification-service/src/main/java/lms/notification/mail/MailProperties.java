package lms.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.notification.mail.*}: the sender and the product the mails speak for.
 */
@ConfigurationProperties("lms.notification.mail")
public record MailProperties(@DefaultValue("LMS <no-reply@lms.local>") String from,
		@DefaultValue("ELearning") String productName, @DefaultValue("http://localhost:3000") String siteUrl) {
}
