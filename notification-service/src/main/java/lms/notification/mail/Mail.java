package lms.notification.mail;

import java.util.Map;

/**
 * A mail to render: the template name is looked up as {@code mail/<template>.html} and
 * {@code mail/<template>.txt}.
 */
public record Mail(String to, String subject, String template, Map<String, Object> variables) {

	/** Keeps codes and other variables out of logs. */
	@Override
	public String toString() {
		return "Mail[to=" + this.to + ", subject=" + this.subject + ", template=" + this.template + "]";
	}

}
