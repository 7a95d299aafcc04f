package lms.identity.session;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import lms.kit.security.AuthenticatedUser;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where the caller is signed in, and ending it there. */
@RestController
record MySessionsController(SessionDirectory sessions, AuthCookies cookies) {

	@Operation(summary = "The caller's sessions: device, coarse address, created, last used, which one is this")
	@GetMapping("/api/v1/sessions")
	Listed list(AuthenticatedUser caller) {
		return new Listed(true, this.sessions.list(caller.userId(), caller.sessionId()));
	}

	@Operation(summary = "End every session of the caller except this one")
	@DeleteMapping("/api/v1/sessions/others")
	Ended endOthers(AuthenticatedUser caller) {
		int ended = this.sessions.endAllBut(caller.userId(), caller.sessionId(), SessionRevocation.ENDED_BY_USER);
		return new Ended(true, "Other sessions ended", ended);
	}

	@Operation(summary = "End one of the caller's sessions (this one too: then the cookies are cleared)")
	@DeleteMapping("/api/v1/sessions/{sessionId}")
	Ended end(AuthenticatedUser caller, @PathVariable String sessionId, HttpServletResponse response) {
		this.sessions.end(caller.userId(), sessionId, SessionRevocation.ENDED_BY_USER);
		if (sessionId.equals(caller.sessionId())) {
			this.cookies.clear(response);
		}
		return new Ended(true, "Session ended", 1);
	}

	record Listed(boolean success, List<SessionView> sessions) {
	}

	record Ended(boolean success, String message, int ended) {
	}

}
