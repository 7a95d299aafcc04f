package lms.identity.login;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login counts failures: per account at one address (5 free, then doubling pauses from 1
 * s), per account everywhere (50) and per address across accounts (100). Each client
 * calls from a loopback address of its own.
 */
class LoginThrottleTest extends IdentityTest {

	@Test
	void wrongPasswordsFromOneAddressMeet429WhileTheOwnerLogsInFromAnother() {
		User user = newUser("Tia");
		Http attacker = this.http.from(randomIp());

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			statuses.add(login(attacker, user.email(), "wrong-" + i).status());
		}

		assertThat(statuses.subList(0, 6)).containsOnly(401);
		assertThat(statuses).containsOnly(401, 429);
		assertThat(statuses.stream().filter((status) -> status == 429).count()).isGreaterThanOrEqualTo(12);
		Http.Reply owner = login(this.http.from(randomIp()), user.email(), PASSWORD);
		assertThat(owner.status()).isEqualTo(200);
	}

	@Test
	void refusalsSayWhenToTryAgainInTheContractShape() {
		User user = newUser("Ugo");
		Http attacker = this.http.from(randomIp());
		for (int i = 0; i < 6; i++) {
			login(attacker, user.email(), "wrong-" + i);
		}

		Http.Reply refused = login(attacker, user.email(), PASSWORD);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
		assertThat(body(refused).get("message").asString()).isEqualTo("Too many attempts, please try again later");
	}

	@Test
	void guessesFiredAtOnceFromOneAddressAreCheckedAtMostAFewTimes() throws Exception {
		User user = newUser("Vic");
		Http attacker = this.http.from(randomIp());

		List<Integer> statuses = all(20, () -> login(attacker, user.email(), "guess").status());

		assertThat(statuses).containsOnly(401, 429);
		assertThat(statuses.stream().filter((status) -> status == 401).count()).isBetween(6L, 7L);
	}

	@Test
	void successfulLoginsAreNotCountedAsFailures() {
		User user = newUser("Wim");
		Http laptop = this.http.from(randomIp());
		for (int i = 0; i < 12; i++) {
			assertThat(login(laptop, user.email(), PASSWORD).status()).isEqualTo(200);
		}
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(login(laptop, user.email(), "typo").status()).isEqualTo(401);
			}
			assertThat(login(laptop, user.email(), PASSWORD).status()).as("a success forgets the typos").isEqualTo(200);
		}
	}

	@Test
	void aForwardedForHeaderNeverChangesTheClient() {
		User user = newUser("Xia");
		Http attacker = this.http.from(randomIp());
		for (int i = 0; i < 6; i++) {
			attacker.post("/api/v1/login", credentials(user.email(), "wrong"), "X-Forwarded-For", randomIp());
		}

		assertThat(attacker.post("/api/v1/login", credentials(user.email(), PASSWORD), "X-Forwarded-For", randomIp())
			.status()).isEqualTo(429);
	}

	@Test
	void failuresFromManyAddressesSlowTheAccountEverywhereOnlyPastFifty() throws Exception {
		User user = newUser("Yan");
		List<Integer> botnet = all(50, () -> login(this.http.from(randomIp()), user.email(), "wrong").status());
		assertThat(botnet).containsOnly(401);
		assertThat(login(this.http.from(randomIp()), user.email(), "wrong").status()).isEqualTo(401);

		assertThat(login(this.http.from(randomIp()), user.email(), PASSWORD).status()).isEqualTo(429);
	}

	@Test
	void oneAddressFailingOnManyAccountsIsSlowedPastAHundred() throws Exception {
		Http sprayer = this.http.from(randomIp());
		List<Integer> sprayed = all(100, () -> login(sprayer, uniqueEmail(), "Winter2026!").status());
		assertThat(sprayed).containsOnly(401);
		assertThat(login(sprayer, uniqueEmail(), "Winter2026!").status()).isEqualTo(401);

		assertThat(login(sprayer, uniqueEmail(), "Winter2026!").status()).isEqualTo(429);
		assertThat(login(this.http.from(randomIp()), uniqueEmail(), "Winter2026!").status()).isEqualTo(401);
	}

	private static Http.Reply login(Http client, String email, String password) {
		return client.post("/api/v1/login", credentials(email, password));
	}

	private static String credentials(String email, String password) {
		return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
	}

	private static List<Integer> all(int calls, Callable<Integer> call) throws Exception {
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
			for (Future<Integer> status : clients.invokeAll(Collections.nCopies(calls, call))) {
				statuses.add(status.get());
			}
		}
		return statuses;
	}

}
