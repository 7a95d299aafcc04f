package lms.notification.mail;

import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which SMTP failures are a recipient refused for good (dead-lettered at once) and which
 * may pass (retried until they do), as Jakarta Mail reports them.
 */
class RecipientRejectionTest {

	static final Address[] ANN = { address("ann@example.com") };

	static final Address[] NONE = {};

	@Test
	void aRecipientTheServerCallsInvalidIsRefusedForGood() {
		SendFailedException refused = new SendFailedException("Invalid Addresses",
				new MessagingException("550 5.1.1 No such user"), NONE, NONE, ANN);

		assertThat(RecipientRejection.isPermanent(sendFailure(refused))).isTrue();
	}

	@Test
	void aRecipientRefusedForGoodBehindAWrapperIsFound() {
		SendFailedException refused = new SendFailedException("Invalid Addresses", null, NONE, NONE, ANN);

		assertThat(RecipientRejection.isPermanent(sendFailure(new MessagingException("Sending failed", refused))))
			.isTrue();
	}

	@Test
	void aRecipientRefusedForNowMayPass() {
		SendFailedException deferred = new SendFailedException("Try again later",
				new MessagingException("451 4.3.0 Mailbox busy"), NONE, ANN, NONE);

		assertThat(RecipientRejection.isPermanent(sendFailure(deferred))).isFalse();
	}

	@Test
	void anUnreachableServerMayPass() {
		MailSendException unreachable = new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect to host, port: 127.0.0.1, 3025"));

		assertThat(RecipientRejection.isPermanent(unreachable)).isFalse();
	}

	private static MailSendException sendFailure(Exception cause) {
		return new MailSendException(Map.of(new Object(), cause));
	}

	private static Address address(String email) {
		try {
			return new InternetAddress(email);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
