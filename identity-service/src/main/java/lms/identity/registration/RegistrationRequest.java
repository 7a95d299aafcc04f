package lms.identity.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/registration}'s body, as the original clients send it.
 */
public record RegistrationRequest(@NotBlank(message = "Please enter your name") @Size(max = 100) String name,
		@NotBlank(message = "Please enter your email") @Email(regexp = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
				message = "please enter a valid email") @Size(max = 254) String email,
		@NotBlank(message = "Please enter your password") @Size(min = 6, max = 128,
				message = "Password must be between 6 and 128 characters") String password) {

	/** Keeps the password out of logs. */
	@Override
	public String toString() {
		return "RegistrationRequest[name=" + this.name + ", email=" + this.email + "]";
	}

}
