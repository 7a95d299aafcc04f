package lms.kit.outbox;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import lms.events.DomainEvent;
import lms.events.EventCatalog;
import lms.events.EventDescriptor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.query.Update;

/**
 * Turns domain events into outbox entries that travel in the same single-document write
 * as the change that caused them, so the change and its events are stored atomically
 * without transactions. The relay is woken after the write.
 */
public class Outbox {

	private final JsonMapper json;

	private final String source;

	private final Clock clock;

	private final OutboxRelay relay;

	private final TraceParent trace;

	public Outbox(JsonMapper json, String source, Clock clock, OutboxRelay relay, TraceParent trace) {
		this.json = json;
		this.source = source;
		this.clock = clock;
		this.relay = relay;
		this.trace = trace;
	}

	public OutboxEntry entry(DomainEvent event) {
		EventDescriptor descriptor = EventCatalog.of(event.getClass());
		return new OutboxEntry(UUID.randomUUID().toString(), descriptor.type(), descriptor.topic(), event.aggregateId(),
				event.aggregateId(), this.source, this.clock.instant(), this.json.writeValueAsString(event),
				this.trace.current());
	}

	/** Entries for a document about to be inserted. */
	public List<OutboxEntry> entries(DomainEvent... events) {
		return Arrays.stream(events).map(this::entry).toList();
	}

	/** Adds the events to an update of the document that changes. */
	public Update append(Update update, DomainEvent... events) {
		return update.push(OutboxEntry.FIELD).each(entries(events).toArray());
	}

	/**
	 * Call after the write has been stored, so the events leave without waiting for a
	 * poll.
	 */
	public void written() {
		this.relay.wake();
	}

}
