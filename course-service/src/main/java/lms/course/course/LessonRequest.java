package lms.course.course;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A lesson as the clients send it: without questions, and usually without {@code _id}.
 */
public record LessonRequest(@JsonProperty("_id") String id, @Size(max = 500) String title,
		@Size(max = 50_000) String description, @Size(max = 2000) String videoUrl, @Size(max = 500) String videoSection,
		@PositiveOrZero(message = "Video length must not be negative") Double videoLength,
		@Size(max = 200) String videoPlayer, @Size(max = 100) List<@Valid @NotNull LinkRequest> links,
		@Size(max = 50_000) String suggestion) {

	Lesson toLesson(String lessonId, List<Question> questions) {
		List<Link> converted = (this.links != null) ? this.links.stream().map(LinkRequest::toLink).toList() : List.of();
		return new Lesson(lessonId, this.title, this.description, this.videoUrl, this.videoSection, this.videoLength,
				this.videoPlayer, converted, this.suggestion, questions);
	}

}
