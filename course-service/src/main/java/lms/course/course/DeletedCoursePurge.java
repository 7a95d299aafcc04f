package lms.course.course;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A deleted course stays as a marked document until its {@code CourseDeleted} event has
 * left with the outbox; then it is removed for good, its questions and reviews first.
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

	/**
	 * Removes the questions and reviews of courses deleted before the cutoff once their
	 * own outboxes are empty, then the courses that have none left.
	 */
	long purgeDeletedBefore(Instant cutoff) {
		List<String> deleted = this.mongo.find(Query.query(Criteria.where("deletedAt").lt(cutoff)), Course.class)
			.stream()
			.map(Course::id)
			.toList();
		if (deleted.isEmpty()) {
			return 0;
		}
		Set<String> discussed = new HashSet<>();
		for (Class<?> discussion : List.of(QuestionThread.class, CourseReview.class)) {
			this.mongo.remove(delivered(Criteria.where("courseId").in(deleted)), discussion);
			discussed.addAll(this.mongo.findDistinct(Query.query(Criteria.where("courseId").in(deleted)), "courseId",
					discussion, String.class));
		}
		Criteria purgeable = Criteria.where("_id")
			.in(deleted.stream().filter((id) -> !discussed.contains(id)).toList());
		return this.mongo.remove(delivered(purgeable), Course.class).getDeletedCount();
	}

	private static Query delivered(Criteria criteria) {
		return Query.query(criteria.and(OutboxEntry.FIELD).size(0));
	}

}
