package lms.identity.credentials;

import java.time.Duration;

import lms.events.Topics;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsTest extends IdentityTest {

	@Test
	void changingThePasswordKeepsThisSessionAndEndsTheOthers() {
		User user = newUser("Una");
		JsonNode here = loggedIn(user);
		JsonNode elsewhere = loggedIn(user);

		Http.Reply reply = changePassword(here, PASSWORD, "brand-new-pass");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(body(reply).get("user").get("_id").asString()).isEqualTo(user.id());
		assertThat(reply.body()).doesNotContain("argon2").doesNotContain("brand-new-pass");
		assertThat(me(here)).isEqualTo(200);
		assertThat(me(elsewhere)).isEqualTo(401);
		assertThat(login(user.email(), PASSWORD).status()).isEqualTo(401);
		assertThat(login(user.email(), "brand-new-pass").status()).isEqualTo(200);
		awaitSessionEvents("password-changed", user, 1);
		var changed = awaitEvents(Topics.IDENTITY_USER, ofType("UserPasswordChanged", user.id()), 1);
		assertThat(changed.getFirst().value()).as("nothing about the password")
			.isEqualTo("{\"userId\":\"" + user.id() + "\"}");
	}

	@Test
	void passwordChangeErrorsUseTheOriginalWords() {
		User user = newUser("Val");
		JsonNode session = loggedIn(user);

		assertError(changePassword(session, "", "whatever1"), 422, "Please enter old and new password");
		assertError(changePassword(session, "wrong-old", "whatever1"), 400, "Invalid old password");
		assertError(changePassword(session, PASSWORD, "123"), 422, "Password must be at least 6 characters");
		assertThat(me(session)).isEqualTo(200);
	}

	@Test
	void aResetCodeIsMailedOnceUsableOnceAndEndsEverySession() {
		User user = newUser("Wes");
		JsonNode session = loggedIn(user);

		Http.Reply forgot = forgot(user.email());

		assertThat(forgot.status()).isEqualTo(200);
		String code = resetCode(user);
		assertThat(code).matches("\\d{6}");
		Http.Reply reset = reset(user.email(), code, "reset-pass-1");
		assertThat(reset.status()).isEqualTo(200);
		assertThat(me(session)).isEqualTo(401);
		assertThat(login(user.email(), "reset-pass-1").status()).isEqualTo(200);
		assertError(reset(user.email(), code, "reset-pass-2"), 400, PasswordReset.INVALID);
		awaitSessionEvents("password-reset", user, 1);
		awaitEvents(Topics.IDENTITY_USER, ofType("UserPasswordChanged", user.id()), 1);
	}

	@Test
	void forgotPasswordAnswersTheSameForUnknownEmails() {
		User user = newUser("Xia");

		Http.Reply known = forgot(user.email());
		Http.Reply unknown = forgot(uniqueEmail());

		assertThat(known.status()).isEqualTo(200);
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.body()).isEqualTo(known.body());
	}

	@Test
	void aResetCodeExpiresAfterTenMinutes() {
		User user = newUser("Yan");
		forgot(user.email());
		String code = resetCode(user);

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		assertError(reset(user.email(), code, "reset-pass-1"), 400, PasswordReset.INVALID);
	}

	@Test
	void fiveWrongCodesVoidTheResetCode() {
		User user = newUser("Zoe");
		forgot(user.email());
		String code = resetCode(user);
		String wrong = code.equals("000000") ? "111111" : "000000";

		for (int i = 0; i < 5; i++) {
			assertThat(reset(user.email(), wrong, "reset-pass-1").status()).isEqualTo(400);
		}

		assertThat(reset(user.email(), code, "reset-pass-1").status()).isIn(400, 429);
		assertThat(this.users.findById(user.id()).orElseThrow().passwordReset()).isNull();
	}

	@Test
	void forgotPasswordIsThrottledPerAccount() {
		User user = newUser("Abe");
		for (int i = 0; i < 3; i++) {
			assertThat(forgot(user.email()).status()).isEqualTo(200);
		}

		Http.Reply throttled = forgot(user.email());

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isNotBlank();
	}

	@Test
	void resetInputIsValidatedBeforeAnythingChanges() {
		User user = newUser("Bea");
		forgot(user.email());
		String code = resetCode(user);

		assertError(reset(user.email(), code, "123"), 422, "Password must be at least 6 characters");
		assertError(reset(user.email(), "", "long-enough"), 422, "Please enter email, code and new password");
		assertError(reset(uniqueEmail(), code, "long-enough"), 400, PasswordReset.INVALID);
		assertThat(reset(user.email(), code, "long-enough").status()).isEqualTo(200);
	}

	private String resetCode(User user) {
		var events = awaitEvents(Topics.IDENTITY_USER, ofType("PasswordResetRequested", user.id()), 1);
		JsonNode payload = this.json.readTree(events.get(events.size() - 1).value());
		assertThat(events.get(0).value()).doesNotContain("argon2");
		return this.seal.open(payload.get("sealedResetCode").asString());
	}

	private Http.Reply forgot(String email) {
		return this.http.from(randomIp()).post("/api/v1/forgot-password", "{\"email\":\"" + email + "\"}");
	}

	private Http.Reply reset(String email, String code, String password) {
		return this.http.from(randomIp())
			.post("/api/v1/reset-password",
					"{\"email\":\"" + email + "\",\"code\":\"" + code + "\",\"newPassword\":\"" + password + "\"}");
	}

	private Http.Reply changePassword(JsonNode session, String oldPassword, String newPassword) {
		return this.http.put("/api/v1/update-user-password",
				"{\"oldPassword\":\"" + oldPassword + "\",\"newPassword\":\"" + newPassword + "\"}", "access-token",
				session.get("accessToken").asString());
	}

	private int me(JsonNode session) {
		return this.http.get("/api/v1/me", "access-token", session.get("accessToken").asString()).status();
	}

	private void assertError(Http.Reply reply, int status, String message) {
		assertThat(reply.status()).isEqualTo(status);
		assertThat(body(reply).get("success").asBoolean()).isFalse();
		assertThat(body(reply).get("message").asString()).isEqualTo(message);
	}

}
