package lms.course.review;

import java.util.List;

import lms.course.course.Course;
import lms.course.course.CourseDiscussions;
import lms.course.course.CourseReview;
import lms.course.course.CourseStore;
import lms.course.course.Ids;
import lms.course.course.Review;
import lms.course.course.ReviewReply;
import lms.course.course.UserSnapshot;
import lms.course.enrollment.CourseAccess;
import lms.course.users.UserDirectory;
import lms.events.course.ReviewAdded;
import lms.events.course.ReviewReplied;
import lms.kit.outbox.Outbox;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * One review per student per course (a document of its own, unique per reviewer, with its
 * event in the same insert) and admins' replies, pushed with their event in one update
 * that holds only while the review is below its limit. The catalog shows reviews, so each
 * write evicts it like a course write.
 */
@Service
@EnableConfigurationProperties(ReviewProperties.class)
class Reviews {

	static final String ALREADY_REVIEWED = "You have already reviewed this course";

	private final CourseStore store;

	private final CourseDiscussions discussions;

	private final CourseAccess access;

	private final UserDirectory users;

	private final ReviewProperties limits;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	Reviews(CourseStore store, CourseDiscussions discussions, CourseAccess access, UserDirectory users,
			ReviewProperties limits, MongoTemplate mongo, Outbox outbox) {
		this.store = store;
		this.discussions = discussions;
		this.access = access;
		this.users = users;
		this.limits = limits;
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureIndexes() {
		this.mongo.indexOps(CourseReview.class)
			.createIndex(new Index().on(CourseReview.REVIEWER, Sort.Direction.ASC).unique().named("reviewer"));
		this.mongo.indexOps(CourseReview.class).createIndex(new Index().on("courseId", Sort.Direction.ASC));
	}

	Course add(AuthenticatedUser caller, String courseId, ReviewRequest request) {
		this.access.require(caller, courseId);
		Course course = this.store.require(courseId);
		if (course.reviews().stream().anyMatch((r) -> r.user() != null && caller.userId().equals(r.user().id()))) {
			throw ApiException.conflict(ALREADY_REVIEWED);
		}
		UserSnapshot author = this.users.snapshot(caller);
		int rating = request.rating().intValueExact();
		var now = this.store.now();
		Review review = new Review(Ids.next(), author, rating, request.review(), List.of(), now, now);
		var event = new ReviewAdded(course.id(), review.id(), caller.userId(), author.name(), rating, course.name());
		try {
			this.mongo.insert(CourseReview.of(course.id(), review, this.outbox.entries(event)));
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict(ALREADY_REVIEWED);
		}
		this.store.changedBeside(course.id());
		return this.discussions.withReviews(this.store.require(course.id()));
	}

	Course reply(AuthenticatedUser admin, ReplyRequest request) {
		Course course = this.store.require(request.courseId());
		UserSnapshot author = this.users.snapshot(admin);
		var now = this.store.now();
		ReviewReply reply = new ReviewReply(Ids.next(), author, request.comment(), now, now);
		var event = new ReviewReplied(course.id(), request.reviewId(), reply.id(), admin.userId());
		Criteria review = Criteria.where("_id").is(request.reviewId()).and("courseId").is(course.id());
		Update update = new Update().push(CourseReview.REPLIES, reply).set("updatedAt", now).inc("revision", 1);
		Query belowLimit = Query.query(Criteria.where(CourseReview.REPLIES + "." + (this.limits.repliesPerReview() - 1))
			.exists(false)
			.andOperator(review));
		if (this.mongo.updateFirst(belowLimit, this.outbox.append(update, event), CourseReview.class)
			.getMatchedCount() == 0) {
			if (!this.mongo.exists(Query.query(review), CourseReview.class)) {
				throw ApiException.notFound("Review not found");
			}
			throw ApiException.unprocessable(
					"This review has reached its limit of %d replies".formatted(this.limits.repliesPerReview()));
		}
		this.store.changedBeside(course.id());
		return this.discussions.withReviews(this.store.require(course.id()));
	}

}
