package lms.course.course;

import java.util.List;

import lms.events.DomainEvent;

import org.springframework.data.mongodb.core.query.Update;

/**
 * What a write decided after reading a course: the update to apply, the events it causes,
 * and what the caller gets back.
 */
public record CourseChange<T>(Update update, List<DomainEvent> events, T result) {

	public static <T> CourseChange<T> of(Update update, T result, DomainEvent... events) {
		return new CourseChange<>(update, List.of(events), result);
	}

}
