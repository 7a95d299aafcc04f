package lms.course.enrollment;

import java.util.List;

import lms.kit.outbox.Outbox;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Who is enrolled in what, read from this service's own enrollment records. */
@Component
public class Enrollments {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	Enrollments(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureIndexes() {
		this.mongo.indexOps(Enrollment.class)
			.createIndex(new Index().on("userId", Sort.Direction.ASC)
				.on("courseId", Sort.Direction.ASC)
				.unique()
				.named("user_course"));
	}

	public boolean enrolled(String userId, String courseId) {
		return this.mongo.exists(Query.query(Criteria.where("userId").is(userId).and("courseId").is(courseId)),
				Enrollment.class);
	}

	/**
	 * Stores the enrollment with its outbox in one insert; false when the user already
	 * has this course.
	 */
	public boolean insert(Enrollment enrollment) {
		try {
			this.mongo.insert(enrollment);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.outbox.written();
		return true;
	}

	/** Newest first; a page counts from 1. */
	public List<Enrollment> newest(int page, int limit) {
		Query query = new Query().with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
			.skip((long) (page - 1) * limit)
			.limit(limit);
		return this.mongo.find(query, Enrollment.class);
	}

	public List<Enrollment> newest() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")), Enrollment.class);
	}

	public List<String> courseIds(String userId) {
		return this.mongo.find(Query.query(Criteria.where("userId").is(userId)), Enrollment.class)
			.stream()
			.map(Enrollment::courseId)
			.toList();
	}

}
