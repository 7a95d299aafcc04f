package lms.systemtest;

import java.time.Duration;
import java.util.UUID;

import lms.localstack.LocalStack;
import lms.localstack.ReceivedMail;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton's proof, across real processes: a registration through the gateway
 * reaches identity-service, leaves through its outbox as {@code ActivationRequested},
 * crosses a real Kafka broker, and notification-service mails the code over SMTP.
 */
class RegistrationJourneyIT {

	static LocalStack stack;

	static TestHttp gateway;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void startSystem() {
		stack = RunningSystem.stack();
		gateway = new TestHttp(stack.gatewayUrl());
	}

	@Test
	void aRegistrationThroughTheGatewayMailsTheActivationCode() {
		String email = "ann-" + UUID.randomUUID() + "@example.com";

		TestHttp.Response response = gateway.postJson("/api/v1/registration",
				"{\"name\":\"Ann Lee\",\"email\":\"" + email + "\",\"password\":\"secret1\"}");

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("success").asBoolean()).isTrue();
		assertThat(body.get("activationToken").asString()).isNotBlank();

		ReceivedMail mail = stack.mailbox().awaitTo(email, Duration.ofSeconds(30));
		assertThat(mail.subject()).isEqualTo("Activate your account");
		assertThat(mail.to()).containsExactly(email);
		assertThat(mail.html()).contains("Ann Lee").containsPattern(">\\d{4}<");
		assertThat(mail.text()).containsPattern("\\s\\d{4}\\s").contains("Ann Lee");
	}

	@Test
	void badRegistrationsAreRefusedInTheContractShapeAndSendNothing() {
		String email = "bob-" + UUID.randomUUID() + "@example.com";

		assertThat(gateway.postJson("/api/v1/registration", "{\"email\":\"" + email + "\"}").status()).isEqualTo(422);
		TestHttp.Response malformed = gateway.postJson("/api/v1/registration", "{\"email\":");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body()).startsWith("{\"success\":false,\"message\":");
		TestHttp.Response huge = gateway.postJson("/api/v1/registration", new byte[20 * 1024 * 1024]);
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.body()).isEqualTo("{\"success\":false,\"message\":\"Request body is too large\"}");

		String later = "carol-" + UUID.randomUUID() + "@example.com";
		gateway.postJson("/api/v1/registration",
				"{\"name\":\"Carol\",\"email\":\"" + later + "\",\"password\":\"secret1\"}");
		stack.mailbox().awaitTo(later, Duration.ofSeconds(30));
		assertThat(stack.mailbox().to(email)).isEmpty();
	}

}
