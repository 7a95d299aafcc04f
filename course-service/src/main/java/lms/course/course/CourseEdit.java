package lms.course.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.mongodb.core.query.Update;

/**
 * The {@code $set} of an edit: only fields the client sent, lessons merged so questions
 * survive, and the names of the fields that really changed.
 */
final class CourseEdit {

	private final Update update = new Update();

	private final List<String> changed = new ArrayList<>();

	private CourseEdit() {
	}

	static CourseEdit of(Course stored, CourseRequest request, Image thumbnail) {
		CourseEdit edit = new CourseEdit();
		edit.set("name", stored.name(), request.name());
		edit.set("description", stored.description(), request.description());
		edit.set("categories", stored.categories(), request.categories());
		edit.set("price", stored.price(), request.price());
		edit.set("estimatedPrice", stored.estimatedPrice(), request.estimatedPrice());
		edit.set("thumbnail", stored.thumbnail(), thumbnail);
		edit.set("tags", stored.tags(), request.tags());
		edit.set("level", stored.level(), request.level());
		edit.set("demoUrl", stored.demoUrl(), request.demoUrl());
		if (request.benefits() != null) {
			edit.set("benefits", stored.benefits(), request.benefits().stream().map(TitledRequest::toTitled).toList());
		}
		if (request.prerequisites() != null) {
			edit.set("prerequisites", stored.prerequisites(),
					request.prerequisites().stream().map(TitledRequest::toTitled).toList());
		}
		if (request.courseData() != null) {
			edit.set("courseData", stored.courseData(), LessonMerger.merge(stored.courseData(), request.courseData()));
		}
		return edit;
	}

	private void set(String field, Object stored, Object edited) {
		if (edited != null && !Objects.equals(stored, edited)) {
			this.update.set(field, edited);
			this.changed.add(field);
		}
	}

	Update update() {
		return this.update;
	}

	List<String> changedFields() {
		return List.copyOf(this.changed);
	}

}
