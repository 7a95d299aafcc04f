package lms.course.course;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves the reviews and questions that courses written before they had documents of their
 * own still embed: each is inserted under its own id unless already there, then the
 * course is emptied of them in a write guarded by its revision. A crash in between only
 * repeats the copy. Runs at start and then now and then while anything is left; reads
 * show embedded items meanwhile ({@link Course#withDiscussions}).
 */
@Component
class EmbeddedDiscussions {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDiscussions.class);

	private final MongoTemplate mongo;

	private final CourseStore store;

	EmbeddedDiscussions(MongoTemplate mongo, CourseStore store) {
		this.mongo = mongo;
		this.store = store;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${lms.course.discussions.move-interval:10m}")
	void moveAll() {
		try {
			this.store.all(Sort.by("_id")).stream().filter(Course::embedsDiscussions).forEach(this::move);
		}
		catch (DataAccessException ex) {
			log.warn("Could not move embedded reviews and questions yet: {}", ex.getMessage());
		}
	}

	void move(Course course) {
		this.store.write(course.id(), (stored) -> {
			stored.reviews().forEach((review) -> insertIfAbsent(CourseReview.of(stored.id(), review, List.of())));
			stored.courseData()
				.forEach((lesson) -> lesson.questions()
					.forEach((question) -> insertIfAbsent(
							QuestionThread.asked(stored.id(), lesson.id(), question, List.of()))));
			List<Lesson> emptied = stored.courseData().stream().map((l) -> l.withQuestions(List.of())).toList();
			return CourseChange.of(new Update().set("reviews", List.of()).set("courseData", emptied), null);
		});
		log.info("Moved the reviews and questions of course {} into their own documents", course.id());
	}

	private void insertIfAbsent(Object discussion) {
		try {
			this.mongo.insert(discussion);
		}
		catch (DuplicateKeyException ex) {
			// Copied by an earlier run that stopped before emptying the course.
		}
	}

}
