package lms.localstack;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Turns a received MIME message into a {@link ReceivedMail}.
 */
final class MailParser {

	private MailParser() {
	}

	static ReceivedMail parse(MimeMessage message, Collection<String> envelopeRecipients) {
		try {
			Instant now = Instant.now();
			List<String> to = addresses(message.getRecipients(Message.RecipientType.TO));
			return new ReceivedMail(now, String.join(", ", addresses(message.getFrom())),
					to.isEmpty() ? List.copyOf(envelopeRecipients) : to,
					Optional.ofNullable(message.getSubject()).orElse(""),
					Optional.ofNullable(message.getSentDate()).map(java.util.Date::toInstant).orElse(now),
					findPart(message, "text/html"), findPart(message, "text/plain"));
		}
		catch (MessagingException | IOException ex) {
			throw new LocalStackException("Could not read a received mail", ex);
		}
	}

	private static List<String> addresses(Address[] addresses) {
		if (addresses == null) {
			return List.of();
		}
		return Arrays.stream(addresses)
			.map((address) -> (address instanceof InternetAddress internet) ? internet.getAddress()
					: address.toString())
			.toList();
	}

	/**
	 * The first part of the type, searched depth first; attachments are skipped.
	 */
	private static String findPart(Part part, String mimeType) throws MessagingException, IOException {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return null;
		}
		if (part.isMimeType(mimeType)) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = findPart(multipart.getBodyPart(i), mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
