package lms.localstack;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import lms.testkit.PromptGreenMail;

/**
 * The SMTP server (GreenMail, in this JVM). It accepts mail for any address without
 * authentication and hands each mail, as it arrives, to the mailbox and the mail folder.
 */
public final class MailCatcher {

	private final int port;

	private final Mailbox mailbox;

	private final MailFolder folder;

	private GreenMail greenMail;

	public MailCatcher(int port, Mailbox mailbox, MailFolder folder) {
		this.port = port;
		this.mailbox = mailbox;
		this.folder = folder;
	}

	public int port() {
		return this.port;
	}

	/**
	 * The running GreenMail, for tests that want its own API; null while stopped.
	 */
	public synchronized GreenMail greenMail() {
		return this.greenMail;
	}

	public synchronized boolean isRunning() {
		return this.greenMail != null;
	}

	public synchronized void start() {
		if (isRunning()) {
			return;
		}
		PortProbe.requireFree(this.port, "SMTP");
		this.folder.prepare();
		GreenMail started = PromptGreenMail.smtp("127.0.0.1", this.port);
		started.start();
		UserManager users = started.getUserManager();
		users.setMessageDeliveryHandler(recording(users.getMessageDeliveryHandler()));
		this.greenMail = started;
	}

	public synchronized void stop() {
		if (this.greenMail != null) {
			this.greenMail.stop();
			this.greenMail = null;
		}
	}

	/**
	 * GreenMail delivers a mail once per recipient; the mail is recorded once, on its
	 * delivery to the first recipient.
	 */
	private MessageDeliveryHandler recording(MessageDeliveryHandler delivery) {
		return (message, address) -> {
			var user = delivery.handle(message, address);
			if (isFirstRecipient(message, address)) {
				record(message);
			}
			return user;
		};
	}

	private static boolean isFirstRecipient(MovingMessage message, MailAddress address) {
		return message.getToAddresses()
			.stream()
			.findFirst()
			.map((first) -> first.getEmail().equalsIgnoreCase(address.getEmail()))
			.orElse(true);
	}

	private void record(MovingMessage message) {
		try {
			ReceivedMail mail = MailParser.parse(message.getMessage(),
					message.getToAddresses().stream().map(MailAddress::getEmail).toList());
			this.mailbox.add(mail);
			this.folder.write(mail);
		}
		catch (RuntimeException ex) {
			// The sender must still get its mail accepted; the folder is only a
			// convenience.
			Say.problem("Could not record a received mail: " + ex);
		}
	}

}
