package lms.identity.user;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The accounts store.
 */
@Component
public class Users {

	private final MongoTemplate mongo;

	public Users(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public boolean emailTaken(String email) {
		return this.mongo.exists(Query.query(Criteria.where("email").is(normalize(email))), User.class);
	}

	public User insert(User user) {
		return this.mongo.insert(user);
	}

	public static String normalize(String email) {
		return email.trim().toLowerCase(java.util.Locale.ROOT);
	}

}
