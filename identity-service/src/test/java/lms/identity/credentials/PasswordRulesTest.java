package lms.identity.credentials;

import lms.identity.password.PasswordProperties;
import lms.kit.web.ApiException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PasswordRulesTest {

	final PasswordProperties policy = new PasswordProperties(19456, 2, 6, 128, true);

	@Test
	void passwordsFromTheMinimumToTheMaximumLengthPass() {
		assertThatNoException().isThrownBy(() -> PasswordRules.check("123456", this.policy));
		assertThatNoException().isThrownBy(() -> PasswordRules.check("x".repeat(128), this.policy));
	}

	@Test
	void tooShortOrTooLongIsRefusedWithTheLimitInTheMessage() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PasswordRules.check("12345", this.policy))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.status())
				.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT))
			.withMessage("Password must be at least 6 characters");
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> PasswordRules.check("x".repeat(129), this.policy))
			.withMessage("Password must be at most 128 characters");
	}

}
