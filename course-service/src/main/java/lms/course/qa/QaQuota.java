package lms.course.qa;

import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts each user's questions and answers per course (collection {@code qa_quotas}, one
 * document per user, course and kind) and refuses one more at the limit. Taking is one
 * atomic conditional upsert, so parallel requests cannot pass the limit together; a write
 * that fails after taking gives the unit back.
 */
@Component
class QaQuota {

	static final String COLLECTION = "qa_quotas";

	private static final String COUNT = "count";

	enum Kind {

		QUESTIONS("questions"), ANSWERS("answers");

		private final String field;

		Kind(String field) {
			this.field = field;
		}

	}

	private final MongoTemplate mongo;

	private final QaProperties limits;

	QaQuota(MongoTemplate mongo, QaProperties limits) {
		this.mongo = mongo;
		this.limits = limits;
	}

	/**
	 * Takes one unit, or answers 422 when the user has reached the course's limit. Admins
	 * are not counted.
	 */
	void take(AuthenticatedUser user, String courseId, Kind kind) {
		if (user.isAdmin()) {
			return;
		}
		int limit = limit(kind);
		try {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(key(user, courseId, kind)).and(COUNT).lt(limit)),
					new Update().inc(COUNT, 1), COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			throw ApiException
				.unprocessable("You have reached the limit of %d %s in this course".formatted(limit, kind.field));
		}
	}

	void giveBack(AuthenticatedUser user, String courseId, Kind kind) {
		if (!user.isAdmin()) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key(user, courseId, kind))),
					new Update().inc(COUNT, -1), COLLECTION);
		}
	}

	private int limit(Kind kind) {
		return (kind == Kind.QUESTIONS) ? this.limits.questionsPerUser() : this.limits.answersPerUser();
	}

	private static String key(AuthenticatedUser user, String courseId, Kind kind) {
		return kind.field + ":" + courseId + ":" + user.userId();
	}

}
