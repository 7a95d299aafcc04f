package lms.identity.admin;

import java.time.Clock;
import java.time.Instant;

import lms.events.identity.UserDeleted;
import lms.events.identity.UserRoleChanged;
import lms.identity.session.SessionRevocation;
import lms.identity.user.Role;
import lms.identity.user.User;
import lms.identity.user.Users;
import lms.kit.web.ApiException;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Role changes and deletions by an admin. Both end the user's sessions; a deletion keeps
 * a renamed tombstone without credentials until its events have left.
 */
@Service
class AdminUsers {

	static final String NOT_FOUND = "User not found";

	private final Users users;

	private final SessionRevocation revocation;

	private final Clock clock;

	AdminUsers(Users users, SessionRevocation revocation, Clock clock) {
		this.users = users;
		this.revocation = revocation;
		this.clock = clock;
	}

	User changeRole(String email, String role) {
		if (email == null || email.isBlank()) {
			throw ApiException.unprocessable("Please enter the user's email");
		}
		if (!Role.USER.equals(role) && !Role.ADMIN.equals(role)) {
			throw ApiException.unprocessable("Role must be \"user\" or \"admin\"");
		}
		User user = this.users.findByEmail(email).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
		if (role.equals(user.role())) {
			return user;
		}
		Update update = new Update().set(User.ROLE, role).set(User.UPDATED_AT, this.clock.instant());
		return this.revocation.changeAndRevokeAll(user.id(), null, SessionRevocation.ROLE_CHANGED,
				Criteria.where(User.ROLE).is(user.role()), update, new UserRoleChanged(user.id(), user.role(), role))
			.orElseThrow(() -> ApiException.conflict("The user changed meanwhile, please try again"));
	}

	void delete(String id) {
		if (id == null || !ObjectId.isValid(id)) {
			throw ApiException.badRequest("Resource not found. Invalid: _id");
		}
		User user = this.users.findById(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
		Instant now = this.clock.instant();
		Update tombstone = new Update().set(User.DELETED_AT, now)
			.set(User.EMAIL, "deleted-" + id + "@deleted.invalid")
			.set("name", "Deleted user")
			.unset(User.PASSWORD_HASH)
			.unset(User.PASSWORD_RESET)
			.set(User.UPDATED_AT, now);
		String avatar = (user.avatar() != null) ? user.avatar().publicId() : null;
		this.revocation
			.changeAndRevokeAll(id, null, SessionRevocation.USER_DELETED, null, tombstone, new UserDeleted(id, avatar))
			.orElseThrow(() -> ApiException.notFound(NOT_FOUND));
	}

}
