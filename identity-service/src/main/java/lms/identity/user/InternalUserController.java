package lms.identity.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import lms.kit.security.ServiceScope;
import lms.kit.security.ServiceScopes;
import lms.kit.web.ApiException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Other services' read of one live account (not routed from outside): course-service
 * fills its users projection from here when an event has not reached it yet.
 */
@RestController
record InternalUserController(Users users) {

	static final String USER_NOT_FOUND = "User not found";

	@Operation(summary = "Internal: a live user's id, name, email, avatar and role")
	@ServiceScope(ServiceScopes.USERS_READ)
	@GetMapping("/internal/users/{id}")
	InternalUser user(@PathVariable String id) {
		return this.users.findById(id).map(InternalUser::of).orElseThrow(() -> ApiException.notFound(USER_NOT_FOUND));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record InternalUser(@JsonProperty("_id") String id, String name, String email, UserView.AvatarView avatar,
			String role) {

		static InternalUser of(User user) {
			return new InternalUser(user.id(), user.name(), user.email(), UserView.of(user).avatar(), user.role());
		}

	}

}
