package lms.systemtest;

import java.time.Duration;

import lms.events.Topics;
import lms.localstack.ReceivedMail;
import lms.testkit.BusBytes;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.Test;

import static lms.systemtest.Replies.expectStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton's proof, across real processes: a registration through the gateway
 * reaches identity-service, leaves through its outbox as {@code ActivationRequested},
 * crosses a real Kafka broker with the code sealed, and notification-service mails the
 * code over SMTP.
 */
class RegistrationJourneyIT extends Journey {

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
	void theMailsCarryTheCodesWhileTheIdentityTopicsAndTheirDeadLettersNeverShowThem() {
		String email = Accounts.newEmail("dan");
		accounts.register(accounts.app(), "Dan Dale", email, "secret1");
		String activationCode = accounts.mails().activationCode(email);
		Member member = accounts.newMember("Eda Ek");
		expectStatus(200, gateway.postJson("/api/v1/forgot-password", "{\"email\":\"" + member.email() + "\"}"));
		String resetCode = accounts.mails().resetCode(member.email(), 1);

		BusBytes bus = BusBytes.read(stack.kafkaBootstrap(), "lms.identity.");

		assertThat(bus.bytesByTopic()).containsKey(Topics.IDENTITY_USER);
		assertThat(bus.topicsShowing(activationCode)).as("activation code %s", activationCode).isEmpty();
		assertThat(bus.topicsShowing(resetCode)).as("reset code %s", resetCode).isEmpty();
		assertThat(bus.topicsShowing(email)).as("the check reads what is there").contains(Topics.IDENTITY_USER);
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
