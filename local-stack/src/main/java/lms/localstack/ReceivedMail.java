package lms.localstack;

import java.time.Instant;
import java.util.List;

/**
 * A mail the local SMTP server received.
 *
 * @param receivedAt when it arrived
 * @param from the From header
 * @param to the To header's addresses (the envelope recipients when it has none)
 * @param subject the subject
 * @param sentDate the Date header, or the arrival time when it has none
 * @param html the first text/html part, or null
 * @param text the first text/plain part, or null
 */
public record ReceivedMail(Instant receivedAt, String from, List<String> to, String subject, Instant sentDate,
		String html, String text) {

	public ReceivedMail {
		to = List.copyOf(to);
	}

	/**
	 * The HTML body when there is one, else the plain text.
	 */
	public String body() {
		return (this.html != null) ? this.html : (this.text != null) ? this.text : "";
	}

	public boolean isTo(String address) {
		return this.to.stream().anyMatch((recipient) -> recipient.equalsIgnoreCase(address));
	}

}
