package lms.kit.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import lms.events.CloudEventHeaders;
import lms.events.DomainEvent;
import lms.events.EventCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.messaging.Message;

/**
 * A consumer group's handlers, one per event type, as a Spring Cloud Stream consumer
 * function. Events the group has handled before are skipped; types it has no handler for
 * are ignored. A handler's failure propagates, so the binder retries with back-off and
 * then dead-letters.
 */
public final class EventHandlers implements Consumer<Message<byte[]>> {

	private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

	private final String group;

	private final JsonMapper json;

	private final ProcessedEvents processed;

	private final Map<String, Handler<?>> handlers;

	EventHandlers(String group, JsonMapper json, ProcessedEvents processed, Map<String, Handler<?>> handlers) {
		this.group = group;
		this.json = json;
		this.processed = processed;
		this.handlers = Map.copyOf(handlers);
	}

	@Override
	public void accept(Message<byte[]> message) {
		handle(message);
	}

	/**
	 * Handles the event unless the group handled it before or has no handler for its
	 * type.
	 * @return whether a handler ran
	 */
	public boolean handle(Message<byte[]> message) {
		String id = Headers.text(message, CloudEventHeaders.ID);
		String type = Headers.text(message, CloudEventHeaders.TYPE);
		Handler<?> handler = (type != null) ? this.handlers.get(type) : null;
		if (handler == null) {
			log.debug("{} has no handler for event type {}", this.group, type);
			return false;
		}
		if (id == null) {
			throw new IllegalArgumentException("Event of type " + type + " carries no " + CloudEventHeaders.ID);
		}
		if (this.processed.contains(this.group, id)) {
			log.debug("Skipping event {} already handled by {}", id, this.group);
			return false;
		}
		handler.handle(id, message, this.json);
		this.processed.add(this.group, id);
		EventDelay.record(this.group, type, Headers.text(message, CloudEventHeaders.TIME));
		return true;
	}

	public String group() {
		return this.group;
	}

	public static Builder group(String group, JsonMapper json, ProcessedEvents processed) {
		return new Builder(group, json, processed);
	}

	/** Collects the handlers of one consumer group. */
	public static final class Builder {

		private final String group;

		private final JsonMapper json;

		private final ProcessedEvents processed;

		private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

		private Builder(String group, JsonMapper json, ProcessedEvents processed) {
			this.group = group;
			this.json = json;
			this.processed = processed;
		}

		public <T extends DomainEvent> Builder on(Class<T> type, Consumer<ReceivedEvent<T>> handler) {
			this.handlers.put(EventCatalog.of(type).type(), new Handler<>(type, handler));
			return this;
		}

		public <T extends DomainEvent> Builder onPayload(Class<T> type, Consumer<T> handler) {
			return on(type, (event) -> handler.accept(event.payload()));
		}

		public EventHandlers build() {
			return new EventHandlers(this.group, this.json, this.processed, this.handlers);
		}

	}

	record Handler<T>(Class<T> type, Consumer<ReceivedEvent<T>> target) {

		void handle(String id, Message<byte[]> message, JsonMapper json) {
			T payload = json.readValue(new String(message.getPayload(), StandardCharsets.UTF_8), this.type);
			String time = Headers.text(message, CloudEventHeaders.TIME);
			this.target.accept(new ReceivedEvent<>(id, Headers.text(message, CloudEventHeaders.TYPE),
					Headers.text(message, CloudEventHeaders.SUBJECT), (time != null) ? Instant.parse(time) : null,
					payload));
		}

	}

}
