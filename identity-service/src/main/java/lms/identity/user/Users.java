package lms.identity.user;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The accounts store. Every read sees live accounts only; every update is one
 * single-document write, so a change and its outbox events are stored together.
 */
@Component
public class Users {

	private final MongoTemplate mongo;

	private final UserViewCache views;

	public Users(MongoTemplate mongo, UserViewCache views) {
		this.mongo = mongo;
		this.views = views;
	}

	public boolean emailTaken(String email) {
		return this.mongo.exists(Query.query(Criteria.where(User.EMAIL).is(normalize(email))), User.class);
	}

	public User insert(User user) {
		return this.mongo.insert(user);
	}

	public Optional<User> findById(String id) {
		if (!ObjectId.isValid(id)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findOne(live(Criteria.where("_id").is(new ObjectId(id))), User.class));
	}

	/** A live account as {@code me} shows it, from memory when it was read lately. */
	public Optional<UserView> findView(String id) {
		return Optional.ofNullable(this.views.view(id, (key) -> findById(key).map(UserView::of).orElse(null)));
	}

	public Optional<User> findByEmail(String email) {
		return Optional
			.ofNullable(this.mongo.findOne(live(Criteria.where(User.EMAIL).is(normalize(email))), User.class));
	}

	/** Live accounts, newest first; a page when {@code limit} is positive. */
	public List<User> list(int page, int limit, String search) {
		Criteria criteria = Criteria.where(User.DELETED_AT).exists(false);
		if (search != null && !search.isBlank()) {
			String pattern = Pattern.quote(search.trim());
			criteria = criteria.orOperator(Criteria.where("name").regex(pattern, "i"),
					Criteria.where(User.EMAIL).regex(pattern, "i"));
		}
		Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, User.CREATED_AT));
		if (limit > 0) {
			query.skip((long) Math.max(page - 1, 0) * limit).limit(limit);
		}
		return this.mongo.find(query, User.class);
	}

	/** Applies an update to a live account and returns it as stored afterwards. */
	public Optional<User> update(String id, Update update) {
		return update(id, null, update);
	}

	/**
	 * Like {@link #update(String, Update)}, only if {@code condition} (may be null) also
	 * holds.
	 */
	public Optional<User> update(String id, Criteria condition, Update update) {
		if (!ObjectId.isValid(id)) {
			return Optional.empty();
		}
		Criteria byId = Criteria.where("_id").is(new ObjectId(id));
		Query query = live((condition != null) ? new Criteria().andOperator(byId, condition) : byId);
		User updated = this.mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
				User.class);
		this.views.forget(id);
		return Optional.ofNullable(updated);
	}

	public static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	private static Query live(Criteria criteria) {
		return Query.query(new Criteria().andOperator(criteria, Criteria.where(User.DELETED_AT).exists(false)));
	}

}
