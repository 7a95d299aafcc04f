package lms.identity.credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import lms.events.identity.PasswordResetRequested;
import lms.events.identity.UserPasswordChanged;
import lms.identity.password.PasswordHasher;
import lms.identity.password.PasswordProperties;
import lms.identity.registration.ActivationSecrets;
import lms.identity.session.SessionRevocation;
import lms.identity.clientaddress.ClientAddress;
import lms.identity.throttle.Attempt;
import lms.identity.throttle.Throttle;
import lms.identity.user.User;
import lms.identity.user.Users;
import lms.kit.codes.CodeSeal;
import lms.kit.outbox.Outbox;
import lms.kit.web.ApiException;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Forgot/reset password: a 6-digit code valid 10 minutes, kept only as a hash in the user
 * document and mailed through {@code PasswordResetRequested} (same write), sealed. It
 * works once; five wrong codes void it. A reset ends every session.
 */
@Service
class PasswordReset {

	static final String INVALID = "Invalid or expired reset code";

	private static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final int MAX_ATTEMPTS = 5;

	private final Users users;

	private final ActivationSecrets secrets;

	private final CodeSeal seal;

	private final PasswordHasher hasher;

	private final PasswordProperties policy;

	private final SessionRevocation revocation;

	private final Throttle throttle;

	private final Outbox outbox;

	private final Clock clock;

	PasswordReset(Users users, ActivationSecrets secrets, CodeSeal seal, PasswordHasher hasher,
			PasswordProperties policy, SessionRevocation revocation, Throttle throttle, Outbox outbox, Clock clock) {
		this.users = users;
		this.secrets = secrets;
		this.seal = seal;
		this.hasher = hasher;
		this.policy = policy;
		this.revocation = revocation;
		this.throttle = throttle;
		this.outbox = outbox;
		this.clock = clock;
	}

	void requestCode(String email, ClientAddress client) {
		if (email == null || email.isBlank() || email.length() > 254) {
			throw ApiException.unprocessable("Please enter your email");
		}
		this.throttle.forgotPassword(client, email);
		Optional<User> user = this.users.findByEmail(email);
		if (user.isEmpty()) {
			return;
		}
		String code = this.secrets.newCode(6);
		Instant expiresAt = this.clock.instant().plus(VALIDITY);
		Update update = new Update().set(User.PASSWORD_RESET,
				new User.PasswordReset(this.secrets.digest(salt(user.get().id()), code), expiresAt, 0));
		this.outbox.append(update, new PasswordResetRequested(user.get().id(), user.get().email(), user.get().name(),
				this.seal.seal(code), expiresAt));
		this.users.update(user.get().id(), update);
		this.outbox.written();
	}

	void reset(String email, String code, String newPassword, ClientAddress client) {
		if (email == null || email.isBlank() || code == null || code.isBlank() || newPassword == null) {
			throw ApiException.unprocessable("Please enter email, code and new password");
		}
		PasswordRules.check(newPassword, this.policy);
		Attempt attempt = this.throttle.resetPassword(client, email);
		User user = this.users.findByEmail(email).orElseThrow(() -> ApiException.badRequest(INVALID));
		User.PasswordReset pending = user.passwordReset();
		if (pending == null || !pending.expiresAt().isAfter(this.clock.instant())) {
			throw ApiException.badRequest(INVALID);
		}
		if (!this.secrets.matches(salt(user.id()), code.trim(), pending.codeHash())) {
			wrongCode(user, pending);
		}
		Update update = new Update().set(User.PASSWORD_HASH, this.hasher.hash(newPassword))
			.unset(User.PASSWORD_RESET)
			.set(User.UPDATED_AT, this.clock.instant());
		Criteria once = Criteria.where(User.PASSWORD_RESET + ".codeHash").is(pending.codeHash());
		this.revocation
			.changeAndRevokeAll(user.id(), null, SessionRevocation.PASSWORD_RESET, once, update,
					new UserPasswordChanged(user.id()))
			.orElseThrow(() -> ApiException.badRequest(INVALID));
		attempt.succeeded();
	}

	private void wrongCode(User user, User.PasswordReset pending) {
		Update update = (pending.failedAttempts() + 1 >= MAX_ATTEMPTS) ? new Update().unset(User.PASSWORD_RESET)
				: new Update().inc(User.PASSWORD_RESET + ".failedAttempts", 1);
		this.users.update(user.id(), Criteria.where(User.PASSWORD_RESET + ".codeHash").is(pending.codeHash()), update);
		throw ApiException.badRequest(INVALID);
	}

	private static String salt(String userId) {
		return "reset:" + userId;
	}

}
