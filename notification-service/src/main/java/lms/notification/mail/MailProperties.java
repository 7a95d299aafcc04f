package lms.notification.mail;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.notification.mail.*}: the sender and the product the mails speak for.
 *
 * @param from the sender address
 * @param productName the product named in every mail
 * @param siteUrl the student site the mails link to
 * @param supportEmail where the mails tell readers to write
 * @param timeZone the zone in which dates shown in mails are written
 */
@ConfigurationProperties("lms.notification.mail")
public record MailProperties(@DefaultValue("LMS <no-reply@lms.local>") String from,
		@DefaultValue("ELearning") String productName, @DefaultValue("http://localhost:3000") String siteUrl,
		@DefaultValue("support@lms.local") String supportEmail, @DefaultValue("UTC") ZoneId timeZone) {

	/** A link into the student site. */
	public String link(String path) {
		return this.siteUrl.replaceAll("/+$", "") + path;
	}

}
