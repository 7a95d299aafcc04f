package lms.identity.enrollment;

import lms.events.course.EnrollmentCreated;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Group {@code identity.enrollments}: an enrollment puts the course on the user's list.
 * Every instance also adds it itself, in a group of its own from its start on (see
 * application.yml): the write is idempotent, and only a write after the event lets an
 * instance forget the account's view it may hold without reading it again before the
 * course is there (course-service's event comes before identity's write).
 */
@Configuration(proxyBeanMethods = false)
class EnrollmentConsumer {

	@Bean
	EventHandlers enrollments(JsonMapper json, ProcessedEvents processed, EnrolledCourses courses) {
		return EventHandlers.group("identity.enrollments", json, processed)
			.onPayload(EnrollmentCreated.class, courses::add)
			.build();
	}

	@Bean
	EventHandlers enrollmentsSeenHere(JsonMapper json, EnrolledCourses courses) {
		return EventHandlers.group("identity.enrollments-seen-here", json, ProcessedEvents.none())
			.onPayload(EnrollmentCreated.class, courses::add)
			.build();
	}

}
