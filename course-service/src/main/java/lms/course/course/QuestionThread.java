package lms.course.course;

import java.time.Instant;
import java.util.List;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A question on a lesson with its answers, stored as a document of its own (collection
 * {@code questions}) so asking never grows the course document; answers per question are
 * capped, so this document stays far below MongoDB's 16 MB. {@code revision} guards the
 * rewrites of author snapshots against a concurrent answer.
 */
@Document(QuestionThread.COLLECTION)
public record QuestionThread(@Id String id, String courseId, String lessonId, UserSnapshot user, String question,
		List<Answer> questionReplies, Instant createdAt, Instant updatedAt, long revision, List<OutboxEntry> outbox) {

	public static final String COLLECTION = "questions";

	public static final String ANSWERS = "questionReplies";

	public QuestionThread {
		questionReplies = (questionReplies != null) ? List.copyOf(questionReplies) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	public static QuestionThread asked(String courseId, String lessonId, Question question, List<OutboxEntry> outbox) {
		return new QuestionThread(question.id(), courseId, lessonId, question.user(), question.question(),
				question.questionReplies(), question.createdAt(), question.updatedAt(), 0, outbox);
	}

	/** As the clients know it, inside its lesson. */
	public Question toQuestion() {
		return new Question(this.id, this.user, this.question, this.questionReplies, this.createdAt, this.updatedAt);
	}

	QuestionThread withUsers(SnapshotUpdate update) {
		Question changed = toQuestion().withUsers(update);
		return new QuestionThread(this.id, this.courseId, this.lessonId, changed.user(), this.question,
				changed.questionReplies(), this.createdAt, this.updatedAt, this.revision, this.outbox);
	}

}
