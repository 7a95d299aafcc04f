package lms.systemtest;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lms.localstack.Mailbox;
import lms.localstack.ReceivedMail;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails a user finds in their inbox, and the codes in them.
 */
final class Mails {

	static final String ACTIVATION = "Activate your account";

	static final String PASSWORD_RESET = "Reset your password";

	static final String ORDER_CONFIRMATION = "Order Confirmation";

	static final String QUESTION_REPLY = "Question Reply";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Mailbox mailbox;

	Mails(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	/** The first mail with this subject to this address, waiting for it. */
	ReceivedMail await(String to, String subject) {
		return awaitNth(to, subject, 1);
	}

	/** The n-th mail (1-based) with this subject to this address, waiting for it. */
	ReceivedMail awaitNth(String to, String subject, int n) {
		return Awaitility.await()
			.atMost(TIMEOUT)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> received(to, subject), (mails) -> mails.size() >= n)
			.get(n - 1);
	}

	/** The mails with this subject to this address so far, oldest first. */
	List<ReceivedMail> received(String to, String subject) {
		return this.mailbox.to(to).stream().filter((mail) -> mail.subject().startsWith(subject)).toList();
	}

	/** The 4-digit code of the activation mail to this address. */
	String activationCode(String email) {
		return code(await(email, ACTIVATION), 4);
	}

	/** The 6-digit code of the n-th reset mail to this address. */
	String resetCode(String email, int n) {
		return code(awaitNth(email, PASSWORD_RESET, n), 6);
	}

	/** A code the mail's text shows on a line of its own. */
	static String code(ReceivedMail mail, int digits) {
		Matcher matcher = Pattern.compile("(?m)^\\s+(\\d{" + digits + "})\\s*$").matcher(mail.text().replace("\r", ""));
		assertThat(matcher.find()).as(mail.text()).isTrue();
		return matcher.group(1);
	}

}
