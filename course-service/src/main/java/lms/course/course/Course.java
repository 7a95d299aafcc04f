package lms.course.course;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

	/**
	 * This course with the reviews and questions stored beside it (questions by lesson
	 * id; {@code null} leaves the lessons as they are); items still embedded from before
	 * they moved stay in front. {@code ratings} is their average.
	 */
	public Course withDiscussions(List<Review> stored, Map<String, List<Question>> questionsByLesson) {
		List<Review> all = merged(this.reviews, stored, Review::id);
		List<Lesson> lessons = (questionsByLesson == null) ? this.courseData
				: this.courseData.stream()
					.map((l) -> l.withQuestions(
							merged(l.questions(), questionsByLesson.getOrDefault(l.id(), List.of()), Question::id)))
					.toList();
		double average = all.isEmpty() ? this.ratings : all.stream().mapToInt(Review::rating).average().orElse(0);
		return new Course(this.id, this.name, this.description, this.categories, this.price, this.estimatedPrice,
				this.thumbnail, this.tags, this.level, this.demoUrl, this.benefits, this.prerequisites, all, lessons,
				average, this.purchased, this.createdAt, this.updatedAt, this.revision, this.deletedAt, this.outbox);
	}

	/** Whether reviews or questions still sit inside this document. */
	boolean embedsDiscussions() {
		return !this.reviews.isEmpty() || this.courseData.stream().anyMatch((l) -> !l.questions().isEmpty());
	}

	public String thumbnailPublicId() {
		return (this.thumbnail != null) ? this.thumbnail.publicId() : null;
	}

	private static <T> List<T> merged(List<T> embedded, List<T> stored, Function<T, String> id) {
		if (embedded.isEmpty()) {
			return stored;
		}
		Set<String> moved = stored.stream().map(id).collect(Collectors.toSet());
		return Stream.concat(embedded.stream().filter((item) -> !moved.contains(id.apply(item))), stored.stream())
			.toList();
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
