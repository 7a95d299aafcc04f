package lms.identity.social;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import lms.identity.session.SignIn;
import lms.identity.user.Role;
import lms.identity.user.User;
import lms.identity.user.UserCreation;
import lms.identity.user.Users;
import lms.kit.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Social sign-in with proof: the account is found or created by the email an OpenID
 * provider verified, never by an email the client merely posts.
 */
@RestController
record SocialController(IdTokenVerifier verifier, Users users, UserCreation creation, SignIn signIn) {

	static final String PROOF_REQUIRED = "Social sign-in needs an ID token from a trusted provider";

	@Operation(summary = "Sign in with an OpenID Connect ID token; links or creates the account by verified email")
	@PostMapping("/api/v1/social-auth")
	SignIn.Answer socialAuth(@RequestBody Request body, HttpServletResponse response) {
		if (body.idToken() == null || body.idToken().isBlank()) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, PROOF_REQUIRED);
		}
		VerifiedIdentity identity = this.verifier.verify(body.idToken().trim());
		return this.signIn.signIn(account(identity), response);
	}

	private User account(VerifiedIdentity identity) {
		return this.users.findByEmail(identity.email()).orElseGet(() -> {
			try {
				return this.creation.create(identity.name(), identity.email(), null, Role.USER,
						UserCreation.VIA_SOCIAL);
			}
			catch (DuplicateKeyException ex) {
				return this.users.findByEmail(identity.email()).orElseThrow(() -> ex);
			}
		});
	}

	record Request(String idToken) {

		@Override
		public String toString() {
			return "Request[idToken=****]";
		}

	}

}
