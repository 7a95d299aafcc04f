package lms.course.course;

import java.util.List;

import lms.events.course.CourseUpdated;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Rewrites a user's embedded snapshots in every course that shows them, after the user
 * changed name or avatar; each course write evicts the catalogs like an edit.
 */
@Component
public class UserSnapshots {

	private final CourseStore store;

	UserSnapshots(CourseStore store) {
		this.store = store;
	}

	public void refresh(SnapshotUpdate update) {
		String id = update.userId();
		Criteria shown = new Criteria().orOperator(Criteria.where("reviews.user._id").is(id),
				Criteria.where("reviews.commentReplies.user._id").is(id),
				Criteria.where("courseData.questions.user._id").is(id),
				Criteria.where("courseData.questions.questionReplies.user._id").is(id));
		for (Course course : this.store.matching(shown)) {
			this.store.write(course.id(), (stored) -> {
				List<Review> reviews = stored.reviews().stream().map((r) -> r.withUsers(update)).toList();
				List<Lesson> lessons = stored.courseData().stream().map((l) -> l.withUsers(update)).toList();
				Update change = new Update().set("reviews", reviews).set("courseData", lessons);
				return CourseChange.of(change, null,
						new CourseUpdated(stored.id(), List.of("reviews", "courseData"), null, null));
			});
		}
	}

}
