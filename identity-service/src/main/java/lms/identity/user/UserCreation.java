package lms.identity.user;

import java.time.Clock;
import java.time.Instant;

import lms.events.identity.UserRegistered;
import lms.kit.outbox.Outbox;
import org.bson.types.ObjectId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates accounts, each with its {@code UserRegistered} event in the same insert, so
 * every service that keeps a user projection hears of every account.
 */
@Component
public class UserCreation {

	public static final String VIA_PASSWORD = "password";

	public static final String VIA_SOCIAL = "social";

	private final Users users;

	private final Outbox outbox;

	private final Clock clock;

	UserCreation(Users users, Outbox outbox, Clock clock) {
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Stores a new account.
	 * @throws DuplicateKeyException if the email is taken
	 */
	public User create(String name, String email, String passwordHash, String role, String via) {
		Instant now = this.clock.instant();
		String id = new ObjectId().toHexString();
		String normalized = Users.normalize(email);
		var event = new UserRegistered(id, normalized, name, now, via);
		User user = this.users
			.insert(User.create(id, name, normalized, passwordHash, role, true, now, this.outbox.entries(event)));
		this.outbox.written();
		return user;
	}

}
