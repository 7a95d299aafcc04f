package lms.identity.user;

import lms.events.identity.UserAvatarChanged;
import lms.events.identity.UserDeleted;
import lms.events.identity.UserProfileUpdated;
import lms.events.identity.UserRoleChanged;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every identity instance hears every account change that another instance wrote (each
 * change and its event are one write, so the event never comes before the change), in a
 * consumer group of its own from its start on (see application.yml), and forgets the
 * account's view. Enrollments are {@code EnrollmentConsumer}'s.
 */
@Configuration(proxyBeanMethods = false)
class UserChangesConsumer {

	@Bean
	EventHandlers userChanges(JsonMapper json, UserViewCache views) {
		return EventHandlers.group("identity.user-changes", json, ProcessedEvents.none())
			.onPayload(UserProfileUpdated.class, (event) -> views.forget(event.userId()))
			.onPayload(UserAvatarChanged.class, (event) -> views.forget(event.userId()))
			.onPayload(UserRoleChanged.class, (event) -> views.forget(event.userId()))
			.onPayload(UserDeleted.class, (event) -> views.forget(event.userId()))
			.build();
	}

}
