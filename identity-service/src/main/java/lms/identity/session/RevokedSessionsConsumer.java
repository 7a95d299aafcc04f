package lms.identity.session;

import lms.events.identity.SessionRevoked;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every identity instance hears every {@code SessionRevoked}, in a consumer group of its
 * own from its start on (see application.yml), and forgets the session it may have
 * confirmed live: a session ended at another instance is refused here as soon as the
 * event arrives, and at the latest when the live cache's time to live has passed.
 */
@Configuration(proxyBeanMethods = false)
class RevokedSessionsConsumer {

	@Bean
	EventHandlers revokedSessions(JsonMapper json, LiveSessionCache live) {
		return EventHandlers.group("identity.revoked-sessions", json, ProcessedEvents.none())
			.onPayload(SessionRevoked.class, (event) -> live.forget(event.sessionId()))
			.build();
	}

}
