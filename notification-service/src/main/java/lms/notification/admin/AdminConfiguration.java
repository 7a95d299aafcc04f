package lms.notification.admin;

import lms.events.course.EnrollmentCreated;
import lms.events.course.QuestionAnswered;
import lms.events.course.QuestionAsked;
import lms.events.course.ReviewAdded;
import lms.events.course.ReviewReplied;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class AdminConfiguration {

	/**
	 * The {@code notification.admin} consumer group: one notification per event, once in
	 * effect (processed ids, and ids derived from the event).
	 */
	@Bean
	EventHandlers admin(JsonMapper json, ProcessedEvents processed, AdminEvents events) {
		return EventHandlers.group("notification.admin", json, processed)
			.on(QuestionAsked.class, events::questionAsked)
			.on(QuestionAnswered.class, events::questionAnswered)
			.on(ReviewAdded.class, events::reviewAdded)
			.on(ReviewReplied.class, events::reviewReplied)
			.on(EnrollmentCreated.class, events::enrollmentCreated)
			.build();
	}

}
