package lms.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailSendException;

/**
 * Tells a server's permanent refusal of a recipient (a 5xx reply to {@code RCPT TO}: no
 * such mailbox, bad address) from failures that may pass. Jakarta Mail lists such a
 * recipient among the invalid addresses of a {@link SendFailedException}; a temporary
 * refusal (4xx) lists it as valid but unsent, and an unreachable server throws no
 * {@code SendFailedException} at all.
 */
final class RecipientRejection {

	private RecipientRejection() {
	}

	static boolean isPermanent(MailSendException failure) {
		for (Exception cause : failure.getFailedMessages().values()) {
			if (rejectsRecipient(cause)) {
				return true;
			}
		}
		return rejectsRecipient(failure.getCause());
	}

	private static boolean rejectsRecipient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
					&& sendFailed.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

	private static Throwable next(Throwable failure) {
		if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
			return messaging.getNextException();
		}
		return failure.getCause();
	}

}
