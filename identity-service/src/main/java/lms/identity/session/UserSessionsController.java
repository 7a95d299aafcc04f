package lms.identity.session;

import io.swagger.v3.oas.annotations.Operation;
import lms.kit.security.AdminOnly;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An admin's view of a given user's sessions. */
@RestController
record UserSessionsController(SessionDirectory sessions) {

	@Operation(summary = "Admin: a user's sessions")
	@AdminOnly
	@GetMapping("/api/v1/users/{userId}/sessions")
	MySessionsController.Listed list(@PathVariable String userId) {
		return new MySessionsController.Listed(true, this.sessions.listOfUser(userId));
	}

	@Operation(summary = "Admin: end one session of a user")
	@AdminOnly
	@DeleteMapping("/api/v1/users/{userId}/sessions/{sessionId}")
	MySessionsController.Ended end(@PathVariable String userId, @PathVariable String sessionId) {
		this.sessions.requireUser(userId);
		this.sessions.end(userId, sessionId, SessionRevocation.ENDED_BY_ADMIN);
		return new MySessionsController.Ended(true, "Session ended", 1);
	}

	@Operation(summary = "Admin: end every session of a user")
	@AdminOnly
	@DeleteMapping("/api/v1/users/{userId}/sessions")
	MySessionsController.Ended endAll(@PathVariable String userId) {
		this.sessions.requireUser(userId);
		int ended = this.sessions.endAllBut(userId, null, SessionRevocation.ENDED_BY_ADMIN);
		return new MySessionsController.Ended(true, "Sessions ended", ended);
	}

}
