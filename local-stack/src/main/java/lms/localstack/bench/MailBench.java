package lms.localstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import lms.localstack.LocalStack;
import lms.localstack.ReceivedMail;

/**
 * Registration → activation mail accepted: one registration at a time through the
 * gateway; from its {@code 201} to the moment the stack's SMTP server (GreenMail, in this
 * JVM, so on the same clock) took the mail, i.e. before it answered {@code 250} to the
 * end of the data. Beside it, the hops of the registration's {@code ActivationRequested}
 * as {@link EventHops} sees them, so the row says which side of Kafka the time is spent
 * on.
 */
final class MailBench {

	private static final Duration MAIL_WITHIN = Duration.ofSeconds(30);

	static final String USER_TOPIC = "lms.identity.user";

	static final String ACTIVATION_REQUESTED = "lms.identity.ActivationRequested.v2";

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
		Hops hops = new Hops();
		int rounds = this.options.warmups() + this.options.registrations();
		Progress.say("Registering " + rounds + " users one after another");
		try (EventHops events = new EventHops(this.stack.kafkaBootstrap(), USER_TOPIC)) {
			for (int round = 1; round <= rounds; round++) {
				String email = "bench-" + run + "-" + round + "@example.com";
				long beginWall = System.currentTimeMillis();
				long begin = System.nanoTime();
				this.client.register(this.stack.gatewayUrl(), "Bench User " + round, email, "Bench-secret-1");
				long answered = System.nanoTime();
				Instant created = Instant.now();
				ReceivedMail mail = this.stack.mailbox().awaitTo(email, MAIL_WITHIN);
				Optional<EventHops.Hop> hop = events.await(email, ACTIVATION_REQUESTED, beginWall,
						Duration.ofSeconds(2));
				if (round > this.options.warmups()) {
					registrations.add(Duration.ofNanos(answered - begin));
					mails.add(Duration.between(created, mail.receivedAt()));
					hops.record(hop, created, mail);
				}
			}
		}
		return "| path | registrations | p50 | p99 | max |\n|---|---|---|---|---|\n"
				+ "| `201` of `POST registration` → activation mail accepted by SMTP | " + mails.count() + " | "
				+ mails.cells() + " |\n" + "| `POST registration` round trip through the gateway | "
				+ registrations.count() + " | " + registrations.cells() + " |\n\n"
				+ "One registration at a time (the next once the previous mail arrived), " + this.options.warmups()
				+ " unmeasured first. The mail's time is when GreenMail handed it to its mailbox, before it "
				+ "answered the end of the data, on the same clock as the client. The path: identity's outbox "
				+ "relay → Kafka → notification-service → SMTP.\n\n" + hops.table();
	}

	/** The hops of each registration's {@code ActivationRequested}, in milliseconds. */
	private static final class Hops {

		private final Samples answerToSend = new Samples();

		private final Samples sendToFetch = new Samples();

		private final Samples sendToMail = new Samples();

		void record(Optional<EventHops.Hop> hop, Instant answered, ReceivedMail mail) {
			if (hop.isEmpty()) {
				List.of(this.answerToSend, this.sendToFetch, this.sendToMail).forEach(Samples::miss);
				return;
			}
			this.answerToSend.add(Duration.ofMillis(Math.max(0, hop.get().sent() - answered.toEpochMilli())));
			this.sendToFetch.add(hop.get().sendToFetch());
			this.sendToMail.add(Duration.ofMillis(Math.max(0, mail.receivedAt().toEpochMilli() - hop.get().sent())));
		}

		String table() {
			StringBuilder out = new StringBuilder(
					"| hop of the registration's `ActivationRequested` | registrations | p50 | p99 | max | not seen |\n")
				.append("|---|---|---|---|---|---|\n");
			out.append(this.answerToSend
				.row("`201` → relay sent (the record's create time; 0 when sent before the answer)"));
			out.append(this.sendToFetch.row("relay sent → fetched by a consumer in the bench JVM (Kafka's floor)"));
			out.append(this.sendToMail
				.row("relay sent → mail accepted (notification-service: fetch, once-only record, render, SMTP)"));
			return out.append("\nMillisecond clock (the record timestamp, GreenMail's arrival time); the bench's ")
				.append("consumer fetches with `fetch.max.wait.ms=10`.\n")
				.toString();
		}

	}

}
