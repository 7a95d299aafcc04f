package lms.notification.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The notifications collection: raised once per event, listed newest first, marked read,
 * and purged when read long ago.
 */
@Component
public class AdminNotifications {

	private static final Logger log = LoggerFactory.getLogger(AdminNotifications.class);

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

	private final MongoTemplate mongo;

	private final Clock clock;

	AdminNotifications(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Stores the notification unless its event raised it before; empty then. */
	Optional<AdminNotification> raise(NewNotification raised) {
		Instant now = this.clock.instant();
		Instant createdAt = (raised.happenedAt() != null) ? raised.happenedAt() : now;
		AdminNotification notification = new AdminNotification(NotificationIds.fromEvent(raised.eventId()),
				raised.title(), raised.message(), AdminNotification.UNREAD, raised.audience(), raised.userId(),
				raised.courseId(), raised.reviewId(), createdAt, now, 0);
		try {
			return Optional.of(this.mongo.insert(notification));
		}
		catch (DuplicateKeyException ex) {
			log.debug("Notification for event {} exists already", raised.eventId());
			return Optional.empty();
		}
	}

	List<AdminNotification> forAdmins(Page page) {
		Query query = adminsQuery().with(NEWEST_FIRST);
		if (page != null) {
			query.skip(page.offset()).limit(page.limit());
		}
		return this.mongo.find(query, AdminNotification.class);
	}

	/** Marks an admin notification read; false if there is none with this id. */
	boolean markRead(String id) {
		Update update = new Update().set("status", AdminNotification.READ)
			.set("updatedAt", this.clock.instant())
			.inc("__v", 1);
		return this.mongo.findAndModify(adminsQuery().addCriteria(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().returnNew(true), AdminNotification.class) != null;
	}

	/** Removes read notifications created before {@code cutoff}; unread ones stay. */
	long removeReadCreatedBefore(Instant cutoff) {
		Query query = Query.query(Criteria.where("status").is(AdminNotification.READ).and("createdAt").lt(cutoff));
		return this.mongo.remove(query, AdminNotification.class).getDeletedCount();
	}

	private static Query adminsQuery() {
		return Query.query(Criteria.where("audience").is(AdminNotification.ADMINS));
	}

	/** A page of a list: 1-based number and size. */
	record Page(int number, int limit) {

		long offset() {
			return (long) (this.number - 1) * this.limit;
		}

	}

}
