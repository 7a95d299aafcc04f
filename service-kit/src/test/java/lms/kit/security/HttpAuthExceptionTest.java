package lms.kit.security;

import lms.kit.security.InvalidTokenException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpAuthExceptionTest {

	@Test
	void mapsTokenFailuresToContractAnswers() {
		assertAnswer(Reason.EXPIRED, 401, "Access token expired");
		assertAnswer(Reason.BAD_SIGNATURE, 401, "Please login to access this resource");
		assertAnswer(Reason.KEYS_UNAVAILABLE, 503, AuthenticationUnavailableException.MESSAGE);
	}

	@Test
	void requireRoleRefusesOtherRolesWithTheOriginalMessage() {
		AuthenticatedUser user = new AuthenticatedUser("u1", "s1", "user");
		assertThat(user.requireRole("user", "admin")).isSameAs(user);
		assertThat(user.isAdmin()).isFalse();
		assertThatThrownBy(user::requireAdmin).isInstanceOfSatisfying(AccessDeniedException.class, (ex) -> {
			assertThat(ex.status()).isEqualTo(403);
			assertThat(ex.getMessage()).isEqualTo("Role: user is not allowed to access this resource");
		});
	}

	@Test
	void errorBodyEscapesJson() {
		assertThat(ErrorBody.json("say \"hi\"\n")).isEqualTo("{\"success\":false,\"message\":\"say \\\"hi\\\"\\n\"}");
	}

	private static void assertAnswer(Reason reason, int status, String message) {
		HttpAuthException answer = HttpAuthException.rejecting(new InvalidTokenException(reason));
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.getMessage()).isEqualTo(message);
	}

}
