package lms.course.course;

import java.time.Duration;
import java.time.Instant;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A deleted course stays as a marked document until its {@code CourseDeleted} event has
 * left with the outbox; then it is removed for good.
 */
@Component
class DeletedCoursePurge {

	private static final Duration GRACE = Duration.ofMinutes(1);

	private final MongoTemplate mongo;

	private final CourseStore store;

	DeletedCoursePurge(MongoTemplate mongo, CourseStore store) {
		this.mongo = mongo;
		this.store = store;
	}

	@Scheduled(fixedDelayString = "${lms.course.deleted-purge-interval:10m}")
	void purge() {
		purgeDeletedBefore(this.store.now().minus(GRACE));
	}

	long purgeDeletedBefore(Instant cutoff) {
		Query delivered = Query.query(Criteria.where("deletedAt").lt(cutoff).and(OutboxEntry.FIELD).size(0));
		return this.mongo.remove(delivered, Course.class).getDeletedCount();
	}

}
