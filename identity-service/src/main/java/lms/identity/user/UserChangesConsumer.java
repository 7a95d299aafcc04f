package lms.identity.user;

import java.util.function.Consumer;

import lms.events.identity.UserAvatarChanged;
import lms.events.identity.UserDeleted;
import lms.events.identity.UserEnrolled;
import lms.events.identity.UserPasswordChanged;
import lms.events.identity.UserProfileUpdated;
import lms.events.identity.UserRoleChanged;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Every identity instance hears every account change that another instance wrote (each
 * change and its event are one write, so the event never comes before the change), in a
 * consumer group of its own from its start on (see application.yml), forgets the
 * account's view, and only then moves its {@link UserViewPosition} past the event.
 */
@Configuration(proxyBeanMethods = false)
class UserChangesConsumer {

	@Bean
	Consumer<Message<byte[]>> userChanges(JsonMapper json, UserViewCache views, UserViewPosition position) {
		EventHandlers handlers = EventHandlers.group("identity.user-changes", json, ProcessedEvents.none())
			.onPayload(UserProfileUpdated.class, (event) -> views.forget(event.userId()))
			.onPayload(UserAvatarChanged.class, (event) -> views.forget(event.userId()))
			.onPayload(UserRoleChanged.class, (event) -> views.forget(event.userId()))
			.onPayload(UserDeleted.class, (event) -> views.forget(event.userId()))
			.onPayload(UserEnrolled.class, (event) -> views.forget(event.userId()))
			.onPayload(UserPasswordChanged.class, (event) -> views.forget(event.userId()))
			.build();
		return (message) -> {
			handlers.accept(message);
			position.passed(message);
		};
	}

}
