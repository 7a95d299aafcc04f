package lms.identity.registration;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes expired registrations whose events have left; the MongoDB stand-in ignores TTL
 * indexes.
 */
@Component
class PendingRegistrationPurge {

	private final MongoTemplate mongo;

	private final Clock clock;

	PendingRegistrationPurge(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	long purge() {
		Query expired = Query.query(Criteria.where("expiresAt").lt(this.clock.instant()).and("outbox.0").exists(false));
		return this.mongo.remove(expired, PendingRegistration.class).getDeletedCount();
	}

}
