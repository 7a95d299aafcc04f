package lms.testkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail's SMTP server ({@link PromptGreenMail}) on 127.0.0.1 and a free port; any
 * user name and password are accepted. A mail sent to several recipients is received once
 * per recipient.
 * <p>
 * {@link #stop()} closes the port (an SMTP outage) and {@link #start()} listens again on
 * the same port.
 */
public final class SmtpServer implements AutoCloseable {

	private static final String HOST = "127.0.0.1";

	private static final JvmShared<SmtpServer> SHARED = new JvmShared<>("smtp-server", SmtpServer::create);

	private final int port = FreePorts.next();

	private final GreenMail greenMail;

	private SmtpServer() {
		this.greenMail = PromptGreenMail.smtp(HOST, this.port);
		this.greenMail.start();
	}

	/**
	 * The server shared by every test of this JVM, started on first use.
	 * @return the shared server
	 */
	public static SmtpServer shared() {
		return SHARED.get();
	}

	/**
	 * A started server of the caller's own, to close after use.
	 * @return a new running server
	 */
	public static SmtpServer create() {
		return new SmtpServer();
	}

	public String host() {
		return HOST;
	}

	public int port() {
		return this.port;
	}

	/**
	 * Waits until at least {@code count} messages were received since the last
	 * {@link #reset()}.
	 * @param count the number of messages expected
	 * @param timeout how long to wait
	 * @return every message received, at least {@code count}
	 * @throws AssertionError if fewer arrived in time
	 */
	public List<ReceivedMail> awaitMessages(int count, Duration timeout) {
		if (!this.greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
			throw new AssertionError("Expected %d mails within %s but got %s".formatted(count, timeout, messages()));
		}
		return messages();
	}

	/**
	 * Waits for a message delivered to one recipient (To, Cc or Bcc): on a server shared
	 * by several tests, safer than counting all messages.
	 * @param recipient the e-mail address
	 * @param timeout how long to wait
	 * @return the first message delivered to that recipient
	 * @throws AssertionError if none arrived in time
	 */
	public MimeMessage awaitMessageTo(String recipient, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<MimeMessage> messages = messagesTo(recipient);
		while (messages.isEmpty() && System.nanoTime() < deadline) {
			pause();
			messages = messagesTo(recipient);
		}
		if (messages.isEmpty()) {
			throw new AssertionError("No mail to %s within %s".formatted(recipient, timeout));
		}
		return messages.get(0);
	}

	/**
	 * The messages delivered to one recipient's mailbox so far, without waiting.
	 * @param recipient the e-mail address
	 * @return the messages, oldest first
	 */
	public List<MimeMessage> messagesTo(String recipient) {
		return this.greenMail.findReceivedMessages((user) -> recipient.equalsIgnoreCase(user.getEmail()), (m) -> true)
			.toList();
	}

	/**
	 * The HTML body, found in any multipart layout; {@code null} if none.
	 * @param message the message
	 * @return the HTML
	 */
	public static String html(MimeMessage message) {
		return ReceivedMail.of(message).html();
	}

	/**
	 * The plain-text body, found in any multipart layout; {@code null} if none.
	 * @param message the message
	 * @return the text
	 */
	public static String text(MimeMessage message) {
		return ReceivedMail.of(message).text();
	}

	public List<ReceivedMail> messages() {
		return Arrays.stream(rawMessages()).map(ReceivedMail::of).toList();
	}

	public MimeMessage[] rawMessages() {
		return this.greenMail.getReceivedMessages();
	}

	public void reset() {
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Cannot purge mailboxes", ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public synchronized void start() {
		if (!this.greenMail.isRunning()) {
			this.greenMail.start();
		}
	}

	public synchronized void stop() {
		this.greenMail.stop();
	}

	@Override
	public void close() {
		stop();
	}

}
