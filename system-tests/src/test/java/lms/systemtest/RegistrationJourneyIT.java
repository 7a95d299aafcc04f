package lms.systemtest;

import java.time.Duration;

import lms.localstack.LocalStack;
import lms.localstack.ReceivedMail;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static lms.systemtest.Replies.expectStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton's proof, across real processes: a registration through the gateway
 * reaches identity-service, leaves through its outbox as {@code ActivationRequested},
 * crosses a real Kafka broker, and notification-service mails the code over SMTP.
 */
class RegistrationJourneyIT {

	static LocalStack stack;

	static Accounts accounts;

	static TestHttp gateway;

	@BeforeAll
	static void startSystem() {
		stack = RunningSystem.stack();
		accounts = RunningSystem.accounts();
		gateway = new TestHttp(stack.gatewayUrl());
	}

	@Test
	void aRegistrationThroughTheGatewayMailsTheActivationCode() {
		String email = Accounts.newEmail("ann");

		accounts.register(accounts.app(), "Ann Lee", email, "secret1");

		ReceivedMail mail = accounts.mails().await(email, Mails.ACTIVATION);
		assertThat(mail.subject()).isEqualTo("Activate your account");
		assertThat(mail.to()).containsExactly(email);
		assertThat(mail.html()).contains("Ann Lee").containsPattern(">\\d{4}<");
		assertThat(mail.text()).containsPattern("\\s\\d{4}\\s").contains("Ann Lee");
	}

	@Test
	void badRegistrationsAreRefusedInTheContractShapeAndSendNothing() {
		String email = Accounts.newEmail("bob");

		expectStatus(422, gateway.postJson("/api/v1/registration", "{\"email\":\"" + email + "\"}"));
		TestHttp.Response malformed = expectStatus(400, gateway.postJson("/api/v1/registration", "{\"email\":"));
		assertThat(malformed.body()).startsWith("{\"success\":false,\"message\":");
		TestHttp.Response huge = expectStatus(413,
				gateway.postJson("/api/v1/registration", new byte[20 * 1024 * 1024]));
		assertThat(huge.body()).isEqualTo("{\"success\":false,\"message\":\"Request body is too large\"}");

		String later = Accounts.newEmail("carol");
		accounts.register(accounts.app(), "Carol", later, "secret1");
		stack.mailbox().awaitTo(later, Duration.ofSeconds(60));
		assertThat(stack.mailbox().to(email)).isEmpty();
	}

}
