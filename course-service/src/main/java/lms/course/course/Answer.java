package lms.course.course;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A reply to a question; the original had no id, this one has (events name it). */
public record Answer(@JsonProperty("_id") String id, UserSnapshot user, String answer, Instant createdAt,
		Instant updatedAt) {

	Answer withUser(UserSnapshot user) {
		return new Answer(this.id, user, this.answer, this.createdAt, this.updatedAt);
	}

}
