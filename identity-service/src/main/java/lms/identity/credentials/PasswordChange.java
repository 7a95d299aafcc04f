package lms.identity.credentials;

import java.time.Clock;

import lms.events.identity.UserPasswordChanged;
import lms.identity.password.PasswordHasher;
import lms.identity.password.PasswordProperties;
import lms.identity.session.SessionRevocation;
import lms.identity.user.User;
import lms.identity.user.Users;
import lms.identity.session.Sessions;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A logged-in user changes their password: every other session of theirs ends.
 */
@Service
class PasswordChange {

	private final Users users;

	private final PasswordHasher hasher;

	private final PasswordProperties policy;

	private final SessionRevocation revocation;

	private final Clock clock;

	PasswordChange(Users users, PasswordHasher hasher, PasswordProperties policy, SessionRevocation revocation,
			Clock clock) {
		this.users = users;
		this.hasher = hasher;
		this.policy = policy;
		this.revocation = revocation;
		this.clock = clock;
	}

	User change(AuthenticatedUser caller, String oldPassword, String newPassword) {
		if (isBlank(oldPassword) || isBlank(newPassword)) {
			throw ApiException.unprocessable("Please enter old and new password");
		}
		User user = this.users.findById(caller.userId()).orElseThrow(Sessions::loginRequired);
		if (!user.hasPassword()) {
			throw ApiException.badRequest("Invalid user");
		}
		if (!this.hasher.matches(oldPassword, user.passwordHash())) {
			throw ApiException.badRequest("Invalid old password");
		}
		PasswordRules.check(newPassword, this.policy);
		Update update = new Update().set(User.PASSWORD_HASH, this.hasher.hash(newPassword))
			.set(User.UPDATED_AT, this.clock.instant());
		Criteria unchanged = Criteria.where(User.PASSWORD_HASH).is(user.passwordHash());
		return this.revocation
			.changeAndRevokeAll(user.id(), caller.sessionId(), SessionRevocation.PASSWORD_CHANGED, unchanged, update,
					new UserPasswordChanged(user.id()))
			.orElseThrow(() -> ApiException.conflict("The password was changed meanwhile, please try again"));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
