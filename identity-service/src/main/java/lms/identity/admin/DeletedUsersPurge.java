package lms.identity.admin;

import lms.identity.user.User;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the tombstones of deleted accounts once their events have left.
 */
@Component
class DeletedUsersPurge {

	private final MongoTemplate mongo;

	DeletedUsersPurge(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	long purge() {
		Query sent = Query.query(Criteria.where(User.DELETED_AT).exists(true).and("outbox.0").exists(false));
		return this.mongo.remove(sent, User.class).getDeletedCount();
	}

}
