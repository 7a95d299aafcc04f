package lms.course.catalog;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import lms.course.course.Course;
import lms.course.course.Image;
import lms.course.course.Review;
import lms.course.course.Titled;

/**
 * The public projection of a course (the catalog shape): everything but the lessons' paid
 * content. Reviews keep their author snapshots, which hold no email.
 */
public record PublicCourse(@JsonProperty("_id") String id, String name, String description, String categories,
		Double price, Double estimatedPrice, Image thumbnail, String tags, String level, String demoUrl,
		List<Titled> benefits, List<Titled> prerequisites, List<Review> reviews, List<PublicLesson> courseData,
		double ratings, int purchased, Instant createdAt, Instant updatedAt) {

	public static PublicCourse of(Course course) {
		return new PublicCourse(course.id(), course.name(), course.description(), course.categories(), course.price(),
				course.estimatedPrice(), course.thumbnail(), course.tags(), course.level(), course.demoUrl(),
				course.benefits(), course.prerequisites(), course.reviews(),
				course.courseData().stream().map(PublicLesson::of).toList(), course.ratings(), course.purchased(),
				course.createdAt(), course.updatedAt());
	}

}
