package lms.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the pending entries of every outbox collection, each document's in order, and
 * removes an entry only after the broker acknowledged it. A crash in between publishes it
 * again; consumers deduplicate by {@code ce_id}.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final OutboxProperties properties;

	private final TraceParent trace;

	private final Semaphore wakeUps = new Semaphore(0);

	private final Counter published;

	private final Counter failures;

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties, MeterRegistry meters,
			TraceParent trace) {
		this.mongo = mongo;
		this.publisher = publisher;
		this.properties = properties;
		this.trace = trace;
		this.published = meters.counter("lms.outbox.published");
		this.failures = meters.counter("lms.outbox.failures");
	}

	public void wake() {
		this.wakeUps.release();
	}

	/** Waits for a wake-up or the poll interval, whichever comes first. */
	boolean awaitWork() throws InterruptedException {
		boolean woken = this.wakeUps.tryAcquire(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
		this.wakeUps.drainPermits();
		return woken;
	}

	/**
	 * One pass over every outbox collection.
	 * @return how many events were published
	 * @throws RuntimeException when the broker did not acknowledge an event
	 */
	public int relayPending() {
		int count = 0;
		for (String collection : this.properties.collections()) {
			count += relayCollection(collection);
		}
		return count;
	}

	private int relayCollection(String collection) {
		Query pending = new Query(Criteria.where(OutboxEntry.FIELD + ".0").exists(true))
			.limit(this.properties.batchSize());
		pending.fields().include(OutboxEntry.FIELD);
		int count = 0;
		for (Document document : this.mongo.find(pending, Document.class, collection)) {
			count += relayDocument(collection, document);
		}
		return count;
	}

	private int relayDocument(String collection, Document document) {
		List<String> sent = new ArrayList<>();
		try {
			for (Document raw : document.getList(OutboxEntry.FIELD, Document.class)) {
				OutboxEntry entry = this.mongo.getConverter().read(OutboxEntry.class, raw);
				try (var scope = this.trace.resume(entry.traceParent(), "publish " + entry.type())) {
					this.publisher.publish(entry);
				}
				sent.add(entry.eventId());
				this.published.increment();
			}
		}
		catch (RuntimeException ex) {
			this.failures.increment();
			throw ex;
		}
		finally {
			remove(collection, document.get("_id"), sent);
		}
		return sent.size();
	}

	void remove(String collection, Object id, List<String> entryIds) {
		if (entryIds.isEmpty()) {
			return;
		}
		Update pull = new Update().pull(OutboxEntry.FIELD, new Document("eventId", new Document("$in", entryIds)));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), pull, collection);
		log.debug("Relayed {} event(s) from {}", entryIds.size(), collection);
	}

}
