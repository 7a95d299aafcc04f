package lms.identity.profile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lms.identity.session.Sessions;
import lms.identity.user.UserView;
import lms.identity.user.UserViewPosition;
import lms.identity.user.Users;
import lms.kit.cache.EventPosition;
import lms.kit.security.AuthenticatedUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
record ProfileController(Users users, ProfileService profiles, AvatarChange avatars, UserViewPosition position) {

	/**
	 * The position in the user events is read before the view, so the view reflects at
	 * least every event before it; the gateway reads and strips the header.
	 */
	@Operation(summary = "The caller's account")
	@GetMapping("/api/v1/me")
	ResponseEntity<UserView.Answer> me(AuthenticatedUser caller) {
		EventPosition seen = this.position.current();
		UserView.Answer answer = this.users.findView(caller.userId())
			.map((view) -> new UserView.Answer(true, view))
			.orElseThrow(Sessions::loginRequired);
		return ResponseEntity.ok().header(EventPosition.USER_HEADER, seen.format()).body(answer);
	}

	@Operation(summary = "Change the caller's name (email changes are not supported, as in the original)")
	@PutMapping("/api/v1/update-user-info")
	UserView.Answer updateInfo(AuthenticatedUser caller, @Valid @RequestBody InfoRequest body) {
		return UserView.Answer.of(this.profiles.rename(caller.userId(), body.name()));
	}

	@Operation(summary = "Replace the caller's avatar (a data URL or an image URL)")
	@PutMapping("/api/v1/update-user-avatar")
	UserView.Answer updateAvatar(AuthenticatedUser caller, @RequestBody AvatarRequest body) {
		return UserView.Answer.of(this.avatars.change(caller.userId(), body.avatar()));
	}

	record AvatarRequest(String avatar) {
	}

	record InfoRequest(@Size(max = 100, message = "Name must be at most 100 characters") String name) {
	}

}
