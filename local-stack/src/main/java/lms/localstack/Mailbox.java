package lms.localstack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every mail the stack's SMTP server received, kept across SMTP restarts, for tests to
 * look at.
 */
public final class Mailbox {

	private final List<ReceivedMail> mails = new CopyOnWriteArrayList<>();

	void add(ReceivedMail mail) {
		this.mails.add(mail);
	}

	/**
	 * All mails, oldest first.
	 */
	public List<ReceivedMail> all() {
		return List.copyOf(this.mails);
	}

	public List<ReceivedMail> to(String address) {
		return this.mails.stream().filter((mail) -> mail.isTo(address)).toList();
	}

	public void clear() {
		this.mails.clear();
	}

	/**
	 * Waits for the first mail that matches, failing with a list of what did arrive.
	 */
	public ReceivedMail await(Predicate<ReceivedMail> matching, Duration timeout) {
		ReceivedMail[] found = new ReceivedMail[1];
		boolean arrived = Poll.until(timeout, () -> {
			found[0] = this.mails.stream().filter(matching).findFirst().orElse(null);
			return found[0] != null;
		});
		if (!arrived) {
			throw new LocalStackException("No matching mail within " + timeout.toSeconds() + " s; received: "
					+ this.mails.stream()
						.map((mail) -> mail.to() + " \"" + mail.subject() + "\"")
						.collect(Collectors.joining(", ", "[", "]")));
		}
		return found[0];
	}

	public ReceivedMail awaitTo(String address, Duration timeout) {
		return await((mail) -> mail.isTo(address), timeout);
	}

}
