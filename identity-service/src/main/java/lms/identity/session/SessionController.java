package lms.identity.session;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lms.kit.security.AuthenticatedUser;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
record SessionController(SessionRefresh refresh, SessionRevocation revocation, AuthCookies cookies) {

	@Operation(summary = "End this session")
	@GetMapping("/api/v1/logout")
	Message logout(AuthenticatedUser caller, HttpServletResponse response) {
		this.revocation.revoke(caller.userId(), caller.sessionId(), SessionRevocation.LOGOUT);
		this.cookies.clear(response);
		return new Message(true, "Logged out successfully");
	}

	@Operation(summary = "End every session of the caller")
	@GetMapping("/api/v1/logout-all")
	Message logoutAll(AuthenticatedUser caller, HttpServletResponse response) {
		this.revocation.changeAndRevokeAll(caller.userId(), null, SessionRevocation.LOGOUT_ALL, null, new Update());
		this.cookies.clear(response);
		return new Message(true, "Logged out of every session");
	}

	@Operation(summary = "Rotate the refresh token: a new pair in the body and in cookies")
	@GetMapping("/api/v1/refresh")
	Refreshed refresh(HttpServletRequest request, HttpServletResponse response) {
		AuthCookies.Presented presented = AuthCookies.refreshToken(request);
		TokenPair tokens = this.refresh.refresh(presented.token(), presented.byCookie(), true).tokens();
		this.cookies.set(response, tokens);
		return new Refreshed(true, tokens.accessToken(), tokens.refreshToken());
	}

	record Message(boolean success, String message) {
	}

	record Refreshed(boolean success, String accessToken, String refreshToken) {
	}

}
