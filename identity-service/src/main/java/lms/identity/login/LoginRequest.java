package lms.identity.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/login}'s body.
 */
record LoginRequest(@NotBlank(message = "Please enter email and password") @Size(max = 254) String email,
		@NotBlank(message = "Please enter email and password") @Size(max = 1024) String password) {

	/** Keeps the password out of logs. */
	@Override
	public String toString() {
		return "LoginRequest[email=" + this.email + "]";
	}

}
