package lms.notification.mail;

/**
 * A mail that can never be sent, whatever the retries (no recipient): dead-lettered at
 * once.
 */
public class UndeliverableMailException extends RuntimeException {

	UndeliverableMailException(String message) {
		super(message);
	}

}
