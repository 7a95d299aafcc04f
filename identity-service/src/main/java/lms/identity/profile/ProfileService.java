package lms.identity.profile;

import java.time.Clock;

import lms.events.identity.UserProfileUpdated;
import lms.identity.user.User;
import lms.identity.user.Users;
import lms.identity.session.Sessions;
import lms.kit.outbox.Outbox;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Name changes: the new name and {@code UserProfileUpdated} in one write.
 */
@Service
class ProfileService {

	private final Users users;

	private final Outbox outbox;

	private final Clock clock;

	ProfileService(Users users, Outbox outbox, Clock clock) {
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
	}

	User rename(String userId, String name) {
		User user = this.users.findById(userId).orElseThrow(Sessions::loginRequired);
		if (name == null || name.isBlank() || name.trim().equals(user.name())) {
			return user;
		}
		String avatarUrl = (user.avatar() != null) ? user.avatar().url() : null;
		Update update = new Update().set("name", name.trim()).set(User.UPDATED_AT, this.clock.instant());
		this.outbox.append(update, new UserProfileUpdated(userId, name.trim(), avatarUrl));
		User renamed = this.users.update(userId, update).orElseThrow(Sessions::loginRequired);
		this.outbox.written();
		return renamed;
	}

}
