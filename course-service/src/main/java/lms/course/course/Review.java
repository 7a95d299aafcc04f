package lms.course.course;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user's review of a course with the admins' replies. */
public record Review(@JsonProperty("_id") String id, UserSnapshot user, int rating, String comment,
		List<ReviewReply> commentReplies, Instant createdAt, Instant updatedAt) {

	public Review {
		commentReplies = (commentReplies != null) ? List.copyOf(commentReplies) : List.of();
	}

	public Review withReply(ReviewReply reply) {
		List<ReviewReply> replies = new ArrayList<>(this.commentReplies);
		replies.add(reply);
		return new Review(this.id, this.user, this.rating, this.comment, replies, this.createdAt, reply.createdAt());
	}

	Review withUsers(SnapshotUpdate update) {
		return new Review(this.id, update.apply(this.user), this.rating, this.comment,
				this.commentReplies.stream().map((r) -> r.withUser(update.apply(r.user()))).toList(), this.createdAt,
				this.updatedAt);
	}

}
