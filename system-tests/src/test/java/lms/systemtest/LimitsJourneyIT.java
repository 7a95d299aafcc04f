package lms.systemtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import lms.testkit.TestHttp;
import org.junit.jupiter.api.Test;

import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default limits against real crowds and real scripts, each at its own loopback
 * address. A class of 60 behind one NAT (127.0.0.60) signs up, activates from the mailed
 * codes and logs in, several at a time, and nobody meets a 429; scripts are stopped, and
 * the gateway and identity tell clients apart (identity by the address the gateway
 * vouches for), whatever {@code X-Forwarded-For} a client writes.
 */
class LimitsJourneyIT extends Journey {

	static final String CLASSROOM = "127.0.0.60";

	@Test
	void sixtyPupilsAtOneAddressSignUpActivateAndLogInWithoutBeingRefused() throws Exception {
		List<Callable<String>> pupils = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String name = "Pupil " + i;
			pupils.add(() -> {
				TokenClient pupil = TokenClient.anonymousFrom(gatewayUrl, CLASSROOM);
				String email = Accounts.newEmail("pupil");
				accounts.signUp(pupil, name, email, Accounts.PASSWORD);
				return Accounts.logIn(pupil, email, Accounts.PASSWORD).get("user").get("name").asString();
			});
		}

		List<String> signedIn = new ArrayList<>();
		try (ExecutorService room = Executors.newFixedThreadPool(8)) {
			for (Future<String> pupil : room.invokeAll(pupils)) {
				signedIn.add(pupil.get());
			}
		}

		assertThat(signedIn).hasSize(60).doesNotHaveDuplicates();
	}

	@Test
	void twentyWrongPasswordsFromOneAddressMeet429WhileTheOwnerLogsInFromAnother() {
		Member victim = accounts.newMember("Victim");
		TokenClient attacker = TokenClient.anonymousFrom(gatewayUrl, "127.0.0.66");

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			statuses.add(attacker.post("/api/v1/login", credentials(victim.email(), "guess-" + i)).status());
		}

		assertThat(statuses).containsOnly(401, 429).contains(429);
		assertThat(statuses.subList(0, 5)).containsOnly(401);
		TokenClient owner = TokenClient.anonymousFrom(gatewayUrl, "127.0.0.67");
		Accounts.logIn(owner, victim.email(), victim.password());
	}

	@Test
	void aForgedForwardedForFromAClientChangesNothing() {
		Member victim = accounts.newMember("Spoofed");
		TestHttp attacker = GatewayHttp.from(gatewayUrl, "127.0.0.68");

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			statuses.add(
					attacker
						.postJson("/api/v1/login", credentials(victim.email(), "guess-" + i), "X-Forwarded-For",
								"198.51.100." + i)
						.status());
		}

		assertThat(statuses).contains(429);
	}

	@Test
	void threeHundredRequestsFiredAtOnceByOneAccountMeet429() throws Exception {
		Member member = accounts.newMember("Burst");
		Callable<Integer> me = () -> member.app().get("/api/v1/me").status();
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService tabs = Executors.newFixedThreadPool(32)) {
			for (Future<Integer> status : tabs.invokeAll(Collections.nCopies(300, me))) {
				statuses.add(status.get());
			}
		}

		assertThat(statuses).containsOnly(200, 429);
		assertThat(statuses.stream().filter((status) -> status == 429).count()).isGreaterThan(100);
	}

	private static String credentials(String email, String password) {
		return "{\"email\":%s,\"password\":%s}".formatted(quote(email), quote(password));
	}

}
