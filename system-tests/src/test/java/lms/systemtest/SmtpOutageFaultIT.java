package lms.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lms.localstack.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP server refusing connections for a minute while users register: with the
 * production retry settings of notification-service every activation mail arrives exactly
 * once after it returns.
 */
@Tag("fault")
class SmtpOutageFaultIT {

	private static final int REGISTRATIONS = 4;

	static LocalStack stack;

	static Accounts accounts;

	static Effects effects;

	@BeforeAll
	static void startSystem() {
		stack = FaultySystem.stack();
		accounts = FaultySystem.accounts();
		effects = new Effects(accounts.mails());
	}

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
		}
		finally {
			stack.startSmtp();
		}

		Effects.awaitExactly(Duration.ofMinutes(2), () -> effects.eachMailedOnce(registered, Mails.ACTIVATION));
		assertThat(registered).hasSize(REGISTRATIONS);
	}

}
