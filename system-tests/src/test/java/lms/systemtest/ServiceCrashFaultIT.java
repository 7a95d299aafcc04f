package lms.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lms.localstack.LmsService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * identity-service killed (SIGKILL) while its outbox holds the events of registrations
 * the broker could not take: after a restart every activation mail goes out exactly once,
 * and the registrations it accepted before the crash still activate.
 */
@Tag("fault")
class ServiceCrashFaultIT extends Fault {

	private static final int REGISTRATIONS = 5;

	@Test
	void eventsWaitingInTheOutboxOfAKilledServiceAreDeliveredOnceAfterItRestarts() {
		Map<String, String> activationTokens = new LinkedHashMap<>();
		stack.stopKafka();
		try {
			for (int i = 0; i < REGISTRATIONS; i++) {
				String email = Accounts.newEmail("crash");
				activationTokens.put(email, accounts.register(accounts.app(), "Crash " + i, email, Accounts.PASSWORD));
			}
			stack.killService(LmsService.IDENTITY);
			assertThat(stack.isReady(LmsService.IDENTITY)).isFalse();
		}
		finally {
			stack.startKafka();
		}
		stack.startService(LmsService.IDENTITY);

		List<String> emails = new ArrayList<>(activationTokens.keySet());
		Effects.awaitExactly(Duration.ofMinutes(2), () -> effects.eachMailedOnce(emails, Mails.ACTIVATION));
		String first = emails.getFirst();
		accounts.activate(accounts.app(), activationTokens.get(first), first);
		assertThat(accounts.mails().await(first, "Welcome").to()).containsExactly(first);
	}

}
