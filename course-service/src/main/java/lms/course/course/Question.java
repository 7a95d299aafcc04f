package lms.course.course;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A question on a lesson with its answers. */
public record Question(@JsonProperty("_id") String id, UserSnapshot user, String question, List<Answer> questionReplies,
		Instant createdAt, Instant updatedAt) {

	public Question {
		questionReplies = (questionReplies != null) ? List.copyOf(questionReplies) : List.of();
	}

	public Question withAnswer(Answer answer) {
		List<Answer> replies = new ArrayList<>(this.questionReplies);
		replies.add(answer);
		return new Question(this.id, this.user, this.question, replies, this.createdAt, answer.createdAt());
	}

	Question withUsers(SnapshotUpdate update) {
		return new Question(this.id, update.apply(this.user), this.question,
				this.questionReplies.stream().map((a) -> a.withUser(update.apply(a.user()))).toList(), this.createdAt,
				this.updatedAt);
	}

}
