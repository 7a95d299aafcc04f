package lms.gateway.revocation;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import lms.events.identity.SessionRevoked;
import lms.events.identity.UserDeleted;
import lms.events.identity.UserRoleChanged;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import lms.kit.messaging.ReceivedEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Every gateway instance reads the session and user topics from the beginning in a
 * consumer group of its own (see application.yml), so each one learns every revocation,
 * also after a restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RevocationProperties.class)
@EnableScheduling
class RevocationConfiguration {

	private final RevocationProperties properties;

	RevocationConfiguration(RevocationProperties properties) {
		this.properties = properties;
	}

	@Bean
	RevokedSessions revokedSessions(Clock clock) {
		return new RevokedSessions(this.properties, clock);
	}

	@Bean
	RevocationReplay revocationsHealthIndicator() {
		return new RevocationReplay();
	}

	@Bean
	Consumer<Message<byte[]>> revocations(JsonMapper json, RevokedSessions revoked, Clock clock,
			RevocationReplay replay) {
		EventHandlers handlers = EventHandlers.group("gateway.revocations", json, ProcessedEvents.none())
			.onPayload(SessionRevoked.class,
					(event) -> revoked.revokeSession(event.sessionId(), event.accessTokenExpiresAt()))
			.on(UserDeleted.class, (event) -> revoked.revokeAllUserTokens(event.payload().userId(), time(event, clock)))
			.on(UserRoleChanged.class,
					(event) -> revoked.revokeUserTokensIssuedBefore(event.payload().userId(), time(event, clock)))
			.build();
		return (message) -> {
			try {
				handlers.accept(message);
			}
			finally {
				replay.read(message);
			}
		};
	}

	@Bean
	RevocationPurge revocationPurge(RevokedSessions revoked) {
		return new RevocationPurge(revoked);
	}

	private static Instant time(ReceivedEvent<?> event, Clock clock) {
		return (event.time() != null) ? event.time() : clock.instant();
	}

}
