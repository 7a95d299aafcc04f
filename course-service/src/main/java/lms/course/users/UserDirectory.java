package lms.course.users;

import java.util.Optional;

import lms.course.course.Image;
import lms.course.course.UserSnapshot;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Looks up the users projection for snapshots and mails. A user the projection does not
 * know yet (identity's events still on their way) is read from identity-service and
 * remembered, so no event is written with a missing email or name; identity unreachable
 * is a 503 before anything is stored.
 */
@Component
public class UserDirectory {

	static final String UNKNOWN_NAME = "User";

	static final String USER_NOT_FOUND = "User not found";

	private final MongoTemplate mongo;

	private final IdentityClient identity;

	UserDirectory(MongoTemplate mongo, IdentityClient identity) {
		this.mongo = mongo;
		this.identity = identity;
	}

	/** The caller as embedded in what they write: {@code _id, name, avatar, role}. */
	public UserSnapshot snapshot(AuthenticatedUser user) {
		UserProfile profile = require(user.userId());
		String name = (profile.name() != null) ? profile.name() : UNKNOWN_NAME;
		return new UserSnapshot(user.userId(), name, Image.avatar(profile.avatarUrl()), user.role());
	}

	/**
	 * A live user's contact; 404 {@code User not found} when identity has no such user.
	 */
	public Contact contact(String userId) {
		UserProfile profile = require(userId);
		return new Contact(profile.email(), profile.name());
	}

	/** A user's contact, or nothing when identity has no such user (any more). */
	public Optional<Contact> findContact(String userId) {
		return profile(userId).map((profile) -> new Contact(profile.email(), profile.name()));
	}

	private UserProfile require(String userId) {
		return profile(userId).orElseThrow(() -> ApiException.notFound(USER_NOT_FOUND));
	}

	private Optional<UserProfile> profile(String userId) {
		UserProfile known = this.mongo.findById(userId, UserProfile.class);
		if (known != null && known.email() != null) {
			return Optional.of(known);
		}
		return this.identity.fetch(userId).map(this::remember);
	}

	/**
	 * Stores what identity answered without overwriting what events already brought: the
	 * email never changes, name and avatar only fill a new entry.
	 */
	private UserProfile remember(UserProfile fetched) {
		Query byId = Query.query(Criteria.where("_id").is(fetched.id()));
		Update fill = new Update().set("email", fetched.email())
			.setOnInsert("name", fetched.name())
			.setOnInsert("avatarUrl", fetched.avatarUrl());
		try {
			this.mongo.upsert(byId, fill, UserProfile.class);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent event or request inserted it first: keep its data, add the
			// email
			this.mongo.updateFirst(byId, new Update().set("email", fetched.email()), UserProfile.class);
		}
		UserProfile stored = this.mongo.findById(fetched.id(), UserProfile.class);
		return (stored != null) ? stored : fetched;
	}

}
