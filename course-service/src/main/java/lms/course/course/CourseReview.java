package lms.course.course;

import java.time.Instant;
import java.util.List;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A review with the admins' replies, stored as a document of its own (collection
 * {@code reviews}, one per user and course by the unique {@code reviewer}) so reviewing
 * never grows the course document; replies per review are capped. {@code revision} guards
 * the rewrites of author snapshots against a concurrent reply.
 */
@Document(CourseReview.COLLECTION)
public record CourseReview(@Id String id, String courseId, String reviewer, UserSnapshot user, int rating,
		String comment, List<ReviewReply> commentReplies, Instant createdAt, Instant updatedAt, long revision,
		List<OutboxEntry> outbox) {

	public static final String COLLECTION = "reviews";

	/** Unique: one review per user and course ({@code <courseId>:<userId>}). */
	public static final String REVIEWER = "reviewer";

	public static final String REPLIES = "commentReplies";

	public CourseReview {
		commentReplies = (commentReplies != null) ? List.copyOf(commentReplies) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	public static CourseReview of(String courseId, Review review, List<OutboxEntry> outbox) {
		String reviewer = courseId + ":" + ((review.user() != null) ? review.user().id() : review.id());
		return new CourseReview(review.id(), courseId, reviewer, review.user(), review.rating(), review.comment(),
				review.commentReplies(), review.createdAt(), review.updatedAt(), 0, outbox);
	}

	/** As the clients know it, inside its course. */
	public Review toReview() {
		return new Review(this.id, this.user, this.rating, this.comment, this.commentReplies, this.createdAt,
				this.updatedAt);
	}

	CourseReview withUsers(SnapshotUpdate update) {
		Review changed = toReview().withUsers(update);
		return new CourseReview(this.id, this.courseId, this.reviewer, changed.user(), this.rating, this.comment,
				changed.commentReplies(), this.createdAt, this.updatedAt, this.revision, this.outbox);
	}

}
