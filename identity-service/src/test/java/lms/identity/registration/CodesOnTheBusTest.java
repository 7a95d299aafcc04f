package lms.identity.registration;

import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import lms.testkit.BusBytes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Activation and reset codes leave identity-service sealed: the bytes the broker keeps
 * for every identity topic (keys, values, headers) never show a code, while the sealed
 * value opens to the code that works.
 */
class CodesOnTheBusTest extends IdentityTest {

	@Test
	void theIdentityTopicsHoldNoActivationOrResetCodeInClear() {
		String email = uniqueEmail();
		Http.Reply registration = this.http.from(randomIp())
			.post("/api/v1/registration", "{\"name\":\"Ann\",\"email\":\"" + email + "\",\"password\":\"secret1\"}");
		assertThat(registration.status()).isEqualTo(201);
		User user = newUser("Bea");
		assertThat(this.http.from(randomIp())
			.post("/api/v1/forgot-password", "{\"email\":\"" + user.email() + "\"}")
			.status()).isEqualTo(200);

		String activationCode = opened("ActivationRequested", email, "sealedActivationCode");
		String resetCode = opened("PasswordResetRequested", user.id(), "sealedResetCode");

		BusBytes bus = BusBytes.read(this.brokers, "lms.identity.");
		assertThat(bus.bytesByTopic()).containsKey(Topics.IDENTITY_USER);
		assertThat(bus.topicsShowing(activationCode)).isEmpty();
		assertThat(bus.topicsShowing(resetCode)).isEmpty();
		assertThat(bus.topicsShowing(email)).as("the check sees what is there").contains(Topics.IDENTITY_USER);
		Http.Reply activation = this.http.from(randomIp())
			.post("/api/v1/activate-user",
					"{\"activation_token\":\"" + body(registration).get("activationToken").asString()
							+ "\",\"activation_code\":\"" + activationCode + "\"}");
		assertThat(activation.status()).isEqualTo(201);
	}

	private String opened(String type, String key, String field) {
		JsonNode payload = this.json.readTree(awaitEvents(Topics.IDENTITY_USER, ofType(type, key), 1).get(0).value());
		assertThat(payload.properties()).hasSize(payload.has("userId") ? 5 : 4);
		return this.seal.open(payload.get(field).asString());
	}

}
