package lms.identity.activation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/activate-user}'s body; the components carry the original's field
 * names so validation errors name the fields the clients send.
 */
record ActivationRequest(
		@NotBlank(message = "Please provide the activation token") @Size(max = 100) String activation_token,
		@NotBlank(message = "Please provide the activation code") @Size(max = 12) String activation_code) {

	String activationToken() {
		return this.activation_token;
	}

	String activationCode() {
		return this.activation_code;
	}

	@Override
	public String toString() {
		return "ActivationRequest[code=****]";
	}

}
