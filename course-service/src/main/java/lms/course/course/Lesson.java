package lms.course.course;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of {@code courseData}: a video lesson with its links and questions. */
public record Lesson(@JsonProperty("_id") String id, String title, String description, String videoUrl,
		String videoSection, Double videoLength, String videoPlayer, List<Link> links, String suggestion,
		List<Question> questions) {

	public Lesson {
		links = (links != null) ? List.copyOf(links) : List.of();
		questions = (questions != null) ? List.copyOf(questions) : List.of();
	}

	public Lesson withQuestions(List<Question> questions) {
		return new Lesson(this.id, this.title, this.description, this.videoUrl, this.videoSection, this.videoLength,
				this.videoPlayer, this.links, this.suggestion, questions);
	}

	public Lesson withQuestion(Question question) {
		List<Question> all = new ArrayList<>(this.questions);
		all.add(question);
		return withQuestions(all);
	}

	public Lesson replacing(Question question) {
		return withQuestions(this.questions.stream().map((q) -> q.id().equals(question.id()) ? question : q).toList());
	}

	Lesson withUsers(SnapshotUpdate update) {
		return withQuestions(this.questions.stream().map((q) -> q.withUsers(update)).toList());
	}

}
