package lms.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lms.localstack.LmsService;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scaled out, {@code me} is never stale: with a second identity-service and a second
 * gateway (proxying to the second identity), each profile edit through the first gateway
 * is read back at once there (its edge cache forgets the writer's answer before the
 * response leaves) and served by the second gateway within the bound, which then never
 * serves the previous name again. The second gateway and the second identity learn of
 * each edit only from its event, in no order: the race in which a gateway could keep the
 * old answer of an identity that had not read the event yet.
 */
class UserFreshnessJourneyIT extends Journey {

	private static final int EDITS = 10;

	private static final Duration BOUND = Duration.ofSeconds(10);

	private static final int READS_AFTER = 3;

	/** Between two reads: the reads count in the account's rate limit. */
	private static final Duration POLL = Duration.ofMillis(250);

	@AutoClose
	static ScaledOut twins;

	@BeforeAll
	static void scaleOut() {
		twins = ScaledOut.start(stack, LmsService.IDENTITY, "lms.services.identity.url");
	}

	@Test
	void everyProfileEditIsReadBackAtOnceAndServedByTheOtherGatewayWithinTheBound() {
		Member member = accounts.newMember("Fresh Member");
		TokenClient here = member.app();
		TokenClient there = new TokenClient(GatewayHttp.from(twins.gateway().url(), "127.0.0.63"), here.accessToken(),
				here.refreshToken());
		String name = member.name();
		awaitServed(there, name, null);

		List<Long> slowest = new ArrayList<>();
		for (int edit = 1; edit <= EDITS; edit++) {
			String previous = name;
			name = "Fresh Member " + edit;
			rename(here, name);
			assertThat(name(here)).as("read back through the gateway that took edit %d", edit).isIn(name, null);
			slowest.add(awaitServed(there, name, previous));
			for (int read = 0; read < READS_AFTER; read++) {
				assertThat(name(there)).as("the other gateway after it served edit %d", edit).isIn(name, null);
			}
		}
		slowest.sort(null);
		System.out.printf("The other gateway over %d edits: p50 %d ms, max %d ms%n", EDITS, slowest.get(EDITS / 2),
				slowest.get(EDITS - 1));
	}

	/**
	 * Renames the caller, waiting out the account's rate limit (reads count in it too).
	 */
	private static void rename(TokenClient client, String name) {
		String body = "{\"name\":%s}".formatted(quote(name));
		TestHttp.Response response = await().atMost(BOUND)
			.pollInterval(POLL)
			.until(() -> client.put("/api/v1/update-user-info", body), (answer) -> answer.status() != 429);
		expect(200, response);
	}

	/** Reads until {@code name} is served; how long that took, in milliseconds. */
	private static long awaitServed(TokenClient client, String name, String previous) {
		long begin = System.nanoTime();
		await().atMost(BOUND)
			.pollInterval(POLL)
			.alias("the other gateway serves '%s' (previous '%s')".formatted(name, previous))
			.until(() -> name.equals(name(client)));
		return Duration.ofNanos(System.nanoTime() - begin).toMillis();
	}

	/** The caller's name, or {@code null} when the limit said to slow down. */
	private static String name(TokenClient client) {
		TestHttp.Response response = client.get("/api/v1/me");
		if (response.status() == 429) {
			return null;
		}
		return expect(200, response).get("user").get("name").asString();
	}

}
