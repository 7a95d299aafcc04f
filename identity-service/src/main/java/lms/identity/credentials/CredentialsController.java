package lms.identity.credentials;

import io.swagger.v3.oas.annotations.Operation;
import lms.identity.clientaddress.ClientAddress;
import lms.identity.user.UserView;
import lms.kit.security.AuthenticatedUser;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
record CredentialsController(PasswordChange change, PasswordReset reset) {

	static final String RESET_MAILED = "If an account exists for this email, a reset code has been sent to it";

	@Operation(summary = "Change the caller's password; their other sessions end")
	@PutMapping("/api/v1/update-user-password")
	UserView.Answer updatePassword(AuthenticatedUser caller, @RequestBody ChangeRequest body) {
		return UserView.Answer.of(this.change.change(caller, body.oldPassword(), body.newPassword()));
	}

	@Operation(summary = "Mail a 6-digit reset code; the same answer whether or not the email is known")
	@PostMapping("/api/v1/forgot-password")
	Message forgot(@RequestBody ForgotRequest body, ClientAddress client) {
		this.reset.requestCode(body.email(), client);
		return new Message(true, RESET_MAILED);
	}

	@Operation(summary = "Set a new password with the mailed code; every session ends")
	@PostMapping("/api/v1/reset-password")
	Message resetPassword(@RequestBody ResetRequest body, ClientAddress client) {
		this.reset.reset(body.email(), body.code(), body.newPassword(), client);
		return new Message(true, "Password reset successfully, please login");
	}

	record ChangeRequest(String oldPassword, String newPassword) {

		@Override
		public String toString() {
			return "ChangeRequest[****]";
		}

	}

	record ForgotRequest(String email) {
	}

	record ResetRequest(String email, String code, String newPassword) {

		@Override
		public String toString() {
			return "ResetRequest[email=" + this.email + "]";
		}

	}

	record Message(boolean success, String message) {
	}

}
