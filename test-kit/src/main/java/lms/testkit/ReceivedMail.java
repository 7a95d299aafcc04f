package lms.testkit;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail as tests look at it: the HTML and plain-text bodies are found in any multipart
 * layout ({@code alternative}, {@code related}, {@code mixed}).
 *
 * @param from the sender
 * @param to the recipients ({@code To} header)
 * @param subject the subject
 * @param html the HTML body or {@code null}
 * @param text the plain-text body or {@code null}
 * @param message the message itself, for headers and attachments
 */
public record ReceivedMail(String from, List<String> to, String subject, String html, String text,
		MimeMessage message) {

	public static ReceivedMail of(MimeMessage message) {
		try {
			return new ReceivedMail(addresses(message.getFrom()).stream().findFirst().orElse(null),
					addresses(message.getRecipients(RecipientType.TO)), message.getSubject(),
					body(message, "text/html"), body(message, "text/plain"), message);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Unreadable mail", ex);
		}
	}

	private static List<String> addresses(Address[] addresses) {
		return (addresses != null) ? Arrays.stream(addresses).map(Address::toString).toList() : List.of();
	}

	private static String body(Part part, String mimeType) throws MessagingException, IOException {
		if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return Objects.toString(part.getContent(), null);
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = body(child, mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
