package lms.course.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import lms.course.course.Lesson;

/**
 * A lesson as anyone may see it: no {@code videoUrl}, {@code links}, {@code suggestion}
 * or {@code questions}.
 */
public record PublicLesson(@JsonProperty("_id") String id, String title, String description, String videoSection,
		Double videoLength, String videoPlayer) {

	static PublicLesson of(Lesson lesson) {
		return new PublicLesson(lesson.id(), lesson.title(), lesson.description(), lesson.videoSection(),
				lesson.videoLength(), lesson.videoPlayer());
	}

}
