package lms.course.course;

import java.math.BigDecimal;
import java.util.List;

import lms.events.course.CourseCreated;
import lms.events.course.CourseDeleted;
import lms.events.course.CourseUpdated;
import lms.kit.outbox.Outbox;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Creates, edits and deletes courses; each write carries its event. */
@Service
class CourseCommands {

	private final CourseStore store;

	private final Thumbnails thumbnails;

	private final Outbox outbox;

	CourseCommands(CourseStore store, Thumbnails thumbnails, Outbox outbox) {
		this.store = store;
		this.thumbnails = thumbnails;
		this.outbox = outbox;
	}

	Course create(CourseRequest request) {
		String id = Ids.next();
		Image thumbnail = this.thumbnails.resolve(request.thumbnail(), null, id);
		var now = this.store.now();
		var event = new CourseCreated(id, request.name(), BigDecimal.valueOf(request.price()),
				(thumbnail != null) ? thumbnail.publicId() : null);
		Course course = new Course(id, request.name(), request.description(), request.categories(), request.price(),
				request.estimatedPrice(), thumbnail, request.tags(), request.level(), request.demoUrl(),
				titled(request.benefits()), titled(request.prerequisites()), List.of(),
				LessonMerger.create((request.courseData() != null) ? request.courseData() : List.of()), 0, 0, now, now,
				0, null, this.outbox.entries(event));
		this.store.insert(course);
		return this.store.require(id);
	}

	Course edit(String id, CourseRequest request) {
		Course before = this.store.require(id);
		Image thumbnail = this.thumbnails.resolve(request.thumbnail(), before.thumbnail(), id);
		this.store.write(id, (stored) -> {
			CourseEdit edit = CourseEdit.of(stored, request, thumbnail);
			Update update = edit.update().set("updatedAt", this.store.now());
			var event = new CourseUpdated(id, edit.changedFields(), stored.thumbnailPublicId(),
					(thumbnail != null) ? thumbnail.publicId() : null);
			return CourseChange.of(update, null, event);
		});
		return this.store.require(id);
	}

	void delete(String id) {
		this.store.write(id, (stored) -> CourseChange.of(new Update().set("deletedAt", this.store.now()), null,
				new CourseDeleted(id, stored.thumbnailPublicId())));
	}

	private static List<Titled> titled(List<TitledRequest> items) {
		return (items != null) ? items.stream().map(TitledRequest::toTitled).toList() : List.of();
	}

}
