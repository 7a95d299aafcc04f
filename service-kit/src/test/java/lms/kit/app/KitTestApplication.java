package lms.kit.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import lms.events.identity.UserRegistered;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import lms.kit.outbox.OutboxEntry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A small service built on the kit: widgets whose changes raise events, and a consumer
 * group that records each event's effect.
 */
@SpringBootApplication
public class KitTestApplication {

	@Bean
	Effects effects(Tracer tracer) {
		return new Effects(tracer);
	}

	@Bean
	EventHandlers registrations(JsonMapper json, ProcessedEvents processed, Effects effects) {
		return EventHandlers.group("kit.test", json, processed)
			.on(UserRegistered.class, (event) -> effects.record(event.id(), event.payload()))
			.build();
	}

	@Document("widgets")
	public record Widget(@Id String id, String name, List<OutboxEntry> outbox) {
	}

	/**
	 * What the consumer did, by event id: more than one entry per id would be a double
	 * effect.
	 */
	public static class Effects {

		private final Map<String, List<UserRegistered>> byEventId = new ConcurrentHashMap<>();

		private final Map<String, String> traceIdByUser = new ConcurrentHashMap<>();

		private final Set<String> refused = ConcurrentHashMap.newKeySet();

		private final Tracer tracer;

		Effects(Tracer tracer) {
			this.tracer = tracer;
		}

		void record(String eventId, UserRegistered payload) {
			if (this.refused.contains(payload.userId())) {
				throw new IllegalStateException("The effect of " + payload.userId() + " is refused for now");
			}
			this.byEventId.computeIfAbsent(eventId, (id) -> new CopyOnWriteArrayList<>()).add(payload);
			Span span = this.tracer.currentSpan();
			if (span != null) {
				this.traceIdByUser.put(payload.userId(), span.context().traceId());
			}
		}

		/**
		 * Makes the consumer fail on the user's events until {@link #accept} is called.
		 */
		public void refuse(String userId) {
			this.refused.add(userId);
		}

		public void accept(String userId) {
			this.refused.remove(userId);
		}

		/** The trace the consumer handled the user's event in. */
		public String traceIdFor(String userId) {
			return this.traceIdByUser.get(userId);
		}

		public List<UserRegistered> forUser(String userId) {
			return this.byEventId.values()
				.stream()
				.flatMap(List::stream)
				.filter((event) -> event.userId().equals(userId))
				.toList();
		}

	}

}
