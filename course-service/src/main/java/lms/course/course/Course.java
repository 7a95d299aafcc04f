package lms.course.course;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A course in the original's shape (§3.2). {@code revision} guards every write against
 * lost updates; {@code deletedAt} marks a course whose deletion event is still in its
 * outbox.
 */
@Document(Course.COLLECTION)
public record Course(@Id @JsonProperty("_id") String id, String name, String description, String categories,
		Double price, Double estimatedPrice, Image thumbnail, String tags, String level, String demoUrl,
		List<Titled> benefits, List<Titled> prerequisites, List<Review> reviews, List<Lesson> courseData,
		double ratings, int purchased, Instant createdAt, Instant updatedAt, @JsonIgnore long revision,
		@JsonIgnore Instant deletedAt, @JsonIgnore List<OutboxEntry> outbox) {

	public static final String COLLECTION = "courses";

	public Course {
		benefits = orEmpty(benefits);
		prerequisites = orEmpty(prerequisites);
		reviews = orEmpty(reviews);
		courseData = orEmpty(courseData);
		outbox = orEmpty(outbox);
	}

	public Optional<Lesson> lesson(String lessonId) {
		return this.courseData.stream().filter((l) -> l.id().equals(lessonId)).findFirst();
	}

	public Optional<Review> review(String reviewId) {
		return this.reviews.stream().filter((r) -> r.id().equals(reviewId)).findFirst();
	}

	public String thumbnailPublicId() {
		return (this.thumbnail != null) ? this.thumbnail.publicId() : null;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
