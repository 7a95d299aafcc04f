package lms.identity.enrollment;

import lms.events.course.EnrollmentCreated;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Group {@code identity.enrollments}: an enrollment puts the course on the user's list.
 */
@Configuration(proxyBeanMethods = false)
class EnrollmentConsumer {

	@Bean
	EventHandlers enrollments(JsonMapper json, ProcessedEvents processed, EnrolledCourses courses) {
		return EventHandlers.group("identity.enrollments", json, processed)
			.onPayload(EnrollmentCreated.class, courses::add)
			.build();
	}

}
