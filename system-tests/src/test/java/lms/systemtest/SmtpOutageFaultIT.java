package lms.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server refusing connections for a minute while users register: with the
 * production retry settings of notification-service every activation mail arrives exactly
 * once after it returns. Operators see it: a mail waits for a retry and the mails behind
 * it show as notification.mail's consumer lag, both back to zero once SMTP answers.
 */
@Tag("fault")
class SmtpOutageFaultIT extends Fault {

	private static final int REGISTRATIONS = 4;

	private static final String LAG = "lms_kafka_consumer_lag";

	private static final Map<String, String> MAIL_FROM_USERS = Map.of("group", "notification.mail", "topic",
			"lms.identity.user");

	@Test
	void mailsRefusedForAMinuteAreSentExactlyOnceWhenSmtpReturns() {
		List<String> registered = new ArrayList<>();
		stack.stopSmtp();
		try {
			List<Runnable> load = new ArrayList<>();
			for (int i = 0; i < REGISTRATIONS; i++) {
				load.add(() -> {
					String email = Accounts.newEmail("no-smtp");
					accounts.register(accounts.app(), "No Smtp", email, Accounts.PASSWORD);
					registered.add(email);
				});
			}
			Outage.hold(Duration.ofMinutes(1), load);
			assertThat(registered).allSatisfy((email) -> assertThat(effects.mails(email, Mails.ACTIVATION)).isZero());
			await().atMost(Duration.ofSeconds(30))
				.until(() -> Scrape.of(stack), (scrape) -> scrape.sum("lms_mail_retrying", Map.of()) >= 1
						&& scrape.max(LAG, MAIL_FROM_USERS) >= REGISTRATIONS - 1);
		}
		finally {
			stack.startSmtp();
		}

		Effects.awaitExactly(Duration.ofMinutes(2), () -> effects.eachMailedOnce(registered, Mails.ACTIVATION));
		assertThat(registered).hasSize(REGISTRATIONS);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Scrape.of(stack), (scrape) -> scrape.sum("lms_mail_retrying", Map.of()) == 0
					&& scrape.max(LAG, MAIL_FROM_USERS) == 0);
	}

}
