package lms.systemtest;

import java.time.Duration;
import java.util.UUID;

import lms.localstack.DemoAdmin;
import lms.localstack.LocalStack;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-up, activation from the mailed code, and login through the gateway, as every
 * client does them.
 */
final class Accounts {

	static final String PASSWORD = "secret12";

	private final LocalStack stack;

	private final Mails mails;

	private TokenClient admin;

	Accounts(LocalStack stack) {
		this.stack = stack;
		this.mails = new Mails(stack.mailbox());
	}

	/**
	 * Waits until the gateway's sign-in paths answer. It reports ready before its first
	 * rate-limit count in Redis fits the 250 ms budget on a busy machine, and until then
	 * those paths refuse with 503 (fail closed); a login without credentials tells.
	 */
	void awaitSignInOpen() {
		Awaitility.await()
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> app().post("/api/v1/login", "{}").status(), (status) -> status != 503);
	}

	/** An address no other test uses. */
	static String newEmail(String who) {
		return who + "-" + UUID.randomUUID() + "@example.com";
	}

	Mails mails() {
		return this.mails;
	}

	/** A client of the admin or mobile app that has not logged in. */
	TokenClient app() {
		return TokenClient.anonymous(this.stack.gatewayUrl());
	}

	/**
	 * Posts the sign-up form and returns the activation token, checking what the apps
	 * read: {@code message} and {@code activationToken}.
	 */
	String register(Client client, String name, String email, String password) {
		JsonNode answer = expect(201, client.post("/api/v1/registration",
				"{\"name\":%s,\"email\":%s,\"password\":%s}".formatted(quote(name), quote(email), quote(password))));
		assertThat(answer.get("success").asBoolean()).isTrue();
		assertThat(answer.get("message").asString()).contains(email);
		String token = answer.get("activationToken").asString();
		assertThat(token).isNotBlank();
		return token;
	}

	/** Enters the code from the activation mail, as a string of four digits. */
	void activate(Client client, String activationToken, String email) {
		String code = this.mails.activationCode(email);
		JsonNode answer = expect(201, client.post("/api/v1/activate-user",
				"{\"activation_token\":%s,\"activation_code\":%s}".formatted(quote(activationToken), quote(code))));
		assertThat(answer.get("success").asBoolean()).isTrue();
	}

	void signUp(Client client, String name, String email, String password) {
		activate(client, register(client, name, email, password), email);
	}

	/** Logs in and returns the answer, checking the fields every app reads. */
	static JsonNode logIn(Client client, String email, String password) {
		JsonNode login = expect(200, client.post("/api/v1/login",
				"{\"email\":%s,\"password\":%s}".formatted(quote(email), quote(password))));
		assertThat(login.get("accessToken").asString()).isNotBlank();
		assertThat(login.get("refreshToken").asString()).isNotBlank();
		assertThat(login.get("user").get("email").asString()).isEqualTo(email);
		assertThat(login.get("user").has("password")).isFalse();
		return login;
	}

	/** The admin or mobile app logged in as this user. */
	TokenClient logIn(String email, String password) {
		TokenClient app = app();
		return app.keeping(logIn(app, email, password));
	}

	/** A new activated user, logged in with the admin or mobile app. */
	Member newMember(String name) {
		String email = newEmail(name.toLowerCase().replace(' ', '-'));
		signUp(app(), name, email, PASSWORD);
		return new Member(name, email, PASSWORD, logIn(email, PASSWORD));
	}

	/** The seeded administrator. */
	DemoAdmin demoAdmin() {
		return this.stack.options().demoAdmin();
	}

	/**
	 * The admin app logged in as the seeded administrator, once: like the real app it
	 * keeps its tokens (the gateway refreshes an expired access token silently), and
	 * logging in for every step would exceed the per-account login budget.
	 */
	synchronized TokenClient admin() {
		if (this.admin == null) {
			DemoAdmin seeded = demoAdmin();
			TokenClient app = app();
			JsonNode login = logIn(app, seeded.email(), seeded.password());
			assertThat(login.get("user").get("role").asString()).isEqualTo("admin");
			this.admin = app.keeping(login);
		}
		return this.admin;
	}

}
