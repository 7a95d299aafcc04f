package lms.course.course;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An admin's reply to a review. */
public record ReviewReply(@JsonProperty("_id") String id, UserSnapshot user, String comment, Instant createdAt,
		Instant updatedAt) {

	ReviewReply withUser(UserSnapshot user) {
		return new ReviewReply(this.id, user, this.comment, this.createdAt, this.updatedAt);
	}

}
