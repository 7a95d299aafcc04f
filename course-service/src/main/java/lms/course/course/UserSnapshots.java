package lms.course.course;

import java.util.List;
import java.util.function.Function;

import lms.events.course.CourseUpdated;
import lms.kit.outbox.Outbox;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Rewrites a user's snapshots in every question and review that shows them, after the
 * user changed name or avatar. Each rewrite is guarded by the document's revision, so a
 * concurrent answer or reply is never lost; a review's rewrite carries
 * {@code CourseUpdated} so every instance evicts the catalog, which shows reviews.
 */
@Component
public class UserSnapshots {

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final CourseStore store;

	private final Outbox outbox;

	UserSnapshots(MongoTemplate mongo, CourseStore store, Outbox outbox) {
		this.mongo = mongo;
		this.store = store;
		this.outbox = outbox;
	}

	public void refresh(SnapshotUpdate update) {
		String id = update.userId();
		for (QuestionThread thread : this.mongo.find(shown(id, QuestionThread.ANSWERS), QuestionThread.class)) {
			rewrite(QuestionThread.class, thread.id(), QuestionThread::revision, (stored) -> {
				QuestionThread changed = stored.withUsers(update);
				return new Update().set("user", changed.user()).set(QuestionThread.ANSWERS, changed.questionReplies());
			});
		}
		for (CourseReview review : this.mongo.find(shown(id, CourseReview.REPLIES), CourseReview.class)) {
			rewrite(CourseReview.class, review.id(), CourseReview::revision, (stored) -> {
				CourseReview changed = stored.withUsers(update);
				Update set = new Update().set("user", changed.user())
					.set(CourseReview.REPLIES, changed.commentReplies());
				return this.outbox.append(set, new CourseUpdated(stored.courseId(), List.of("reviews"), null, null));
			});
			this.store.changedBeside(review.courseId());
		}
	}

	private <T> void rewrite(Class<T> type, String id, Function<T, Long> revision, Function<T, Update> change) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			T stored = this.mongo.findById(id, type);
			if (stored == null) {
				return;
			}
			Query current = Query.query(Criteria.where("_id").is(id).and("revision").is(revision.apply(stored)));
			if (this.mongo.updateFirst(current, change.apply(stored).inc("revision", 1), type).getMatchedCount() == 1) {
				return;
			}
		}
		throw new IllegalStateException("Could not refresh author snapshots in " + type.getSimpleName() + " " + id);
	}

	private static Query shown(String userId, String replies) {
		return Query.query(new Criteria().orOperator(Criteria.where("user._id").is(userId),
				Criteria.where(replies + ".user._id").is(userId)));
	}

}
