package lms.course.users;

import java.util.Optional;

import lms.course.course.Image;
import lms.course.course.UserSnapshot;
import lms.kit.security.AuthenticatedUser;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Looks up the users projection for snapshots and reply mails. */
@Component
public class UserDirectory {

	static final String UNKNOWN_NAME = "User";

	private final MongoTemplate mongo;

	UserDirectory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The caller as embedded in what they write: {@code _id, name, avatar, role}. */
	public UserSnapshot snapshot(AuthenticatedUser user) {
		Optional<UserProfile> profile = find(user.userId());
		return new UserSnapshot(user.userId(), profile.map(UserProfile::name).orElse(UNKNOWN_NAME),
				profile.map((p) -> Image.avatar(p.avatarUrl())).orElse(null), user.role());
	}

	public Optional<String> email(String userId) {
		return find(userId).map(UserProfile::email);
	}

	public Optional<String> name(String userId) {
		return find(userId).map(UserProfile::name);
	}

	private Optional<UserProfile> find(String userId) {
		return Optional.ofNullable(this.mongo.findById(userId, UserProfile.class));
	}

}
