package lms.identity.admin;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import lms.identity.user.UserView;
import lms.identity.user.Users;
import lms.kit.security.AdminOnly;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
record AdminController(Users users, AdminUsers admin) {

	@Operation(summary = "Admin: every account, newest first; optional page, limit and q")
	@AdminOnly
	@GetMapping("/api/v1/get-users")
	UsersAnswer users(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "0") int limit,
			@RequestParam(required = false) String q) {
		int bounded = Math.min(Math.max(limit, 0), 500);
		return new UsersAnswer(true, this.users.list(page, bounded, q).stream().map(UserView::of).toList());
	}

	@Operation(summary = "Admin: change a user's role; their sessions end")
	@AdminOnly
	@PutMapping("/api/v1/update-user")
	UserView.Answer updateRole(@RequestBody RoleRequest body) {
		return UserView.Answer.of(this.admin.changeRole(body.email(), body.role()));
	}

	@Operation(summary = "Admin: delete a user (id in the path)")
	@AdminOnly
	@DeleteMapping("/api/v1/delete-user/{id}")
	Message delete(@PathVariable String id) {
		this.admin.delete(id);
		return new Message(true, "User deleted successfully");
	}

	@Operation(summary = "Admin: delete a user (id in the body, as the web client sends it)")
	@AdminOnly
	@DeleteMapping("/api/v1/delete-user")
	Message deleteByBody(@RequestBody IdRequest body) {
		return delete(body.id());
	}

	record UsersAnswer(boolean success, List<UserView> users) {
	}

	record RoleRequest(String email, String role) {
	}

	record IdRequest(String id) {
	}

	record Message(boolean success, String message) {
	}

}
