package lms.course.course;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Puts a course's reviews and questions, each stored in a document of its own, back where
 * the clients find them: {@code reviews} (and {@code ratings}, their average) and every
 * lesson's {@code questions}, oldest first. One query per kind, whatever the number of
 * courses.
 */
@Component
public class CourseDiscussions {

	private static final Sort OLDEST_FIRST = Sort.by("createdAt", "_id");

	private final MongoTemplate mongo;

	CourseDiscussions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The public shape's part: reviews. */
	public List<Course> withReviews(List<Course> courses) {
		Map<String, List<Review>> reviews = reviews(ids(courses));
		return courses.stream()
			.map((course) -> course.withDiscussions(reviews.getOrDefault(course.id(), List.of()), null))
			.toList();
	}

	public Course withReviews(Course course) {
		return withReviews(List.of(course)).get(0);
	}

	/** Reviews and every lesson's questions, for students and admins. */
	public List<Course> withEverything(List<Course> courses) {
		List<String> ids = ids(courses);
		Map<String, List<Review>> reviews = reviews(ids);
		Map<String, Map<String, List<Question>>> questions = this.mongo
			.find(Query.query(Criteria.where("courseId").in(ids)).with(OLDEST_FIRST), QuestionThread.class)
			.stream()
			.collect(Collectors.groupingBy(QuestionThread::courseId, Collectors.groupingBy(QuestionThread::lessonId,
					Collectors.mapping(QuestionThread::toQuestion, Collectors.toList()))));
		return courses.stream()
			.map((course) -> course.withDiscussions(reviews.getOrDefault(course.id(), List.of()),
					questions.getOrDefault(course.id(), Map.of())))
			.toList();
	}

	public Course withEverything(Course course) {
		return withEverything(List.of(course)).get(0);
	}

	private Map<String, List<Review>> reviews(Collection<String> courseIds) {
		return this.mongo
			.find(Query.query(Criteria.where("courseId").in(courseIds)).with(OLDEST_FIRST), CourseReview.class)
			.stream()
			.collect(Collectors.groupingBy(CourseReview::courseId,
					Collectors.mapping(CourseReview::toReview, Collectors.toList())));
	}

	private static List<String> ids(List<Course> courses) {
		return courses.stream().map(Course::id).toList();
	}

}
