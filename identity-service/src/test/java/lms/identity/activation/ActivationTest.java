package lms.identity.activation;

import java.time.Duration;
import java.util.UUID;

import lms.events.Topics;
import lms.identity.registration.PendingRegistration;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ActivationTest extends IdentityTest {

	@Test
	void theMailedCodeCreatesAVerifiedAccountOnceAndAnnouncesIt() {
		String email = uniqueEmail();
		String token = register(email);
		String code = mailedCode(email);

		Http.Reply reply = activate(token, code);

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.body()).isEqualTo("{\"success\":true}");
		User user = this.users.findByEmail(email).orElseThrow();
		assertThat(user.isVerified()).isTrue();
		assertThat(user.role()).isEqualTo("user");
		assertThat(this.hasher.matches("activation-pass", user.passwordHash())).isTrue();
		assertThat(this.mongo.findById(token, PendingRegistration.class)).isNull();
		ConsumerRecord<String, String> registered = awaitEvents(Topics.IDENTITY_USER,
				ofType("UserRegistered", user.id()), 1)
			.get(0);
		JsonNode payload = this.json.readTree(registered.value());
		assertThat(payload.get("email").asString()).isEqualTo(email);
		assertThat(payload.get("via").asString()).isEqualTo("password");
		assertThat(registered.value()).doesNotContain("activation-pass").doesNotContain("argon2");

		Http.Reply again = activate(token, code);
		assertThat(again.status()).isEqualTo(400);
		assertThat(body(again).get("message").asString()).isEqualTo(ActivationService.INVALID_TOKEN);
	}

	@Test
	void aWrongCodeIsRefusedInTheOriginalWordsAndTheFifthVoidsTheRegistration() {
		String email = uniqueEmail();
		String token = register(email);
		String code = mailedCode(email);
		String wrong = code.equals("0000") ? "1111" : "0000";

		for (int i = 1; i <= 5; i++) {
			Http.Reply reply = activate(token, wrong);
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body()).isEqualTo("{\"success\":false,\"message\":\"Invalid activation code\"}");
		}

		assertThat(activate(token, code).status()).isIn(400, 429);
		assertThat(this.users.findByEmail(email)).isEmpty();
		assertThat(this.mongo.findById(token, PendingRegistration.class)).isNull();
	}

	@Test
	void aCodeExpiresAfterFiveMinutes() {
		String email = uniqueEmail();
		String token = register(email);
		String code = mailedCode(email);

		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

		Http.Reply reply = activate(token, code);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(body(reply).get("message").asString()).isEqualTo(ActivationService.INVALID_TOKEN);
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	@Test
	void anUnknownTokenIsRefusedAndMissingFieldsAreListed() {
		assertThat(activate("no-such-token", "1234").status()).isEqualTo(400);

		Http.Reply missing = this.http.from(randomIp()).post("/api/v1/activate-user", "{\"activation_token\":\"abc\"}");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(body(missing).get("errors").findValuesAsString("field")).containsExactly("activation_code");
	}

	/**
	 * 120 at once, then one more every 10 s: a loop that outlasts 10 s on a busy machine
	 * has earned a token per 10 s it took, and no more.
	 */
	@Test
	void activationsAreThrottledPerClientAddressSizedForAClass() {
		String ip = randomIp();
		long start = System.nanoTime();
		for (int i = 0; i < 120; i++) {
			assertThat(activate(UUID.randomUUID().toString(), "1234", ip).status()).isEqualTo(400);
		}

		Http.Reply throttled = activate(UUID.randomUUID().toString(), "1234", ip);
		int refilled = 0;
		while (throttled.status() == 400 && refilled < 5) {
			refilled++;
			throttled = activate(UUID.randomUUID().toString(), "1234", ip);
		}
		long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

		assertThat(refilled).as("tokens refilled in %d s", seconds).isLessThanOrEqualTo((int) (seconds / 10));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
		assertThat(body(throttled).get("success").asBoolean()).isFalse();
		assertThat(activate(UUID.randomUUID().toString(), "1234", randomIp()).status()).isEqualTo(400);
	}

	private String register(String email) {
		Http.Reply reply = this.http.from(randomIp())
			.post("/api/v1/registration",
					"{\"name\":\"Ann\",\"email\":\"" + email + "\",\"password\":\"activation-pass\"}");
		assertThat(reply.status()).isEqualTo(201);
		return body(reply).get("activationToken").asString();
	}

	private String mailedCode(String email) {
		ConsumerRecord<String, String> event = awaitEvents(Topics.IDENTITY_USER, ofType("ActivationRequested", email),
				1)
			.get(0);
		return this.seal.open(this.json.readTree(event.value()).get("sealedActivationCode").asString());
	}

	private Http.Reply activate(String token, String code) {
		return activate(token, code, randomIp());
	}

	private Http.Reply activate(String token, String code, String ip) {
		return this.http.from(ip)
			.post("/api/v1/activate-user",
					"{\"activation_token\":\"" + token + "\",\"activation_code\":\"" + code + "\"}");
	}

}
