package lms.notification.mail;

/**
 * A mail that can never be sent, whatever the retries (no recipient, or one the mail
 * server refuses for good): dead-lettered at once.
 */
public class UndeliverableMailException extends RuntimeException {

	UndeliverableMailException(String message) {
		super(message);
	}

	UndeliverableMailException(String message, Throwable cause) {
		super(message, cause);
	}

}
