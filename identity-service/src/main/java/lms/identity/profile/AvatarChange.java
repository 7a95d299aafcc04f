package lms.identity.profile;

import java.time.Clock;

import lms.events.identity.UserAvatarChanged;
import lms.events.identity.UserProfileUpdated;
import lms.identity.user.User;
import lms.identity.user.Users;
import lms.identity.session.Sessions;
import lms.media.api.MediaUploads;
import lms.media.api.StoredImage;
import lms.kit.outbox.Outbox;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A new avatar goes to media-service first; only once it is stored does the user change
 * (with {@code UserAvatarChanged}, so media-service deletes the old image, and
 * {@code UserProfileUpdated}). A failed upload leaves the user as it was.
 */
@Service
class AvatarChange {

	private final Users users;

	private final MediaUploads media;

	private final Outbox outbox;

	private final Clock clock;

	AvatarChange(Users users, MediaUploads media, Outbox outbox, Clock clock) {
		this.users = users;
		this.media = media;
		this.outbox = outbox;
		this.clock = clock;
	}

	User change(String userId, String file) {
		User user = this.users.findById(userId).orElseThrow(Sessions::loginRequired);
		if (file == null || file.isBlank()) {
			return user;
		}
		StoredImage image = this.media.upload(file, MediaUploads.AVATAR, userId);
		String oldPublicId = (user.avatar() != null) ? user.avatar().publicId() : null;
		Update update = new Update().set(User.AVATAR, new User.Avatar(image.publicId(), image.url()))
			.set(User.UPDATED_AT, this.clock.instant());
		this.outbox.append(update, new UserAvatarChanged(userId, image.publicId(), oldPublicId),
				new UserProfileUpdated(userId, user.name(), image.url()));
		User changed = this.users.update(userId, update).orElseThrow(Sessions::loginRequired);
		this.outbox.written();
		return changed;
	}

}
