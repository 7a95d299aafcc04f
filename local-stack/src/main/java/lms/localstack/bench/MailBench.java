package lms.localstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import lms.localstack.LocalStack;
import lms.localstack.ReceivedMail;

/**
 * Registration → activation mail accepted: one registration at a time through the
 * gateway; from its {@code 201} to the moment the stack's SMTP server (GreenMail, in this
 * JVM, so on the same clock) took the mail, i.e. before it answered {@code 250} to the
 * end of the data.
 */
final class MailBench {

	private static final Duration MAIL_WITHIN = Duration.ofSeconds(30);

	private final LocalStack stack;

	private final LmsClient client;

	private final BenchOptions options;

	MailBench(LocalStack stack, LmsClient client, BenchOptions options) {
		this.stack = stack;
		this.client = client;
		this.options = options;
	}

	String run() {
		String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		Samples mails = new Samples();
		Samples registrations = new Samples();
		int rounds = this.options.warmups() + this.options.registrations();
		Progress.say("Registering " + rounds + " users one after another");
		for (int round = 1; round <= rounds; round++) {
			String email = "bench-" + run + "-" + round + "@example.com";
			long begin = System.nanoTime();
			this.client.register(this.stack.gatewayUrl(), "Bench User " + round, email, "Bench-secret-1");
			long answered = System.nanoTime();
			Instant created = Instant.now();
			ReceivedMail mail = this.stack.mailbox().awaitTo(email, MAIL_WITHIN);
			if (round > this.options.warmups()) {
				registrations.add(Duration.ofNanos(answered - begin));
				mails.add(Duration.between(created, mail.receivedAt()));
			}
		}
		return "| path | registrations | p50 | p99 | max |\n|---|---|---|---|---|\n"
				+ "| `201` of `POST registration` → activation mail accepted by SMTP | " + mails.count() + " | "
				+ mails.cells() + " |\n" + "| `POST registration` round trip through the gateway | "
				+ registrations.count() + " | " + registrations.cells() + " |\n\n"
				+ "One registration at a time (the next once the previous mail arrived), " + this.options.warmups()
				+ " unmeasured first. The mail's time is when GreenMail handed it to its mailbox, before it "
				+ "answered the end of the data, on the same clock as the client. The path: identity's outbox "
				+ "relay → Kafka → notification-service → SMTP.\n";
	}

}
