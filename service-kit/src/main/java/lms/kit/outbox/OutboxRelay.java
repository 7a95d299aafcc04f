package lms.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.outbox.OutboxLeases.Claim;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the pending entries of every outbox collection, each document's in order, and
 * removes an entry only after the broker acknowledged it. A relay publishes only
 * documents it holds a lease on ({@link OutboxLeases}), so replicas share the work
 * instead of each sending everything. A crash between a send and the removal publishes
 * that entry again once the lease lapsed; consumers deduplicate by {@code ce_id}.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final OutboxProperties properties;

	private final OutboxLeases leases;

	private final TraceParent trace;

	private final Semaphore wakeUps = new Semaphore(0);

	private final Counter published;

	private final Counter failures;

	private volatile CountDownLatch stopping = new CountDownLatch(1);

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties, MeterRegistry meters,
			TraceParent trace) {
		this(mongo, publisher, properties, meters, trace, Clock.systemUTC());
	}

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties, MeterRegistry meters,
			TraceParent trace, Clock clock) {
		this.mongo = mongo;
		this.publisher = publisher;
		this.properties = properties;
		this.leases = new OutboxLeases(mongo, clock, properties);
		this.trace = trace;
		this.published = meters.counter("lms.outbox.published");
		this.failures = meters.counter("lms.outbox.failures");
	}

	public void wake() {
		this.wakeUps.release();
	}

	/**
	 * Makes the current pass end after the send in progress; what it still holds is
	 * released for the other replicas.
	 */
	public void stop() {
		this.stopping.countDown();
		wake();
	}

	/** Ready to run again after a {@link #stop()} (a lifecycle may be restarted). */
	void resume() {
		if (isStopping()) {
			this.stopping = new CountDownLatch(1);
		}
	}

	boolean isStopping() {
		return this.stopping.getCount() == 0;
	}

	/** A pause that {@link #stop()} cuts short. */
	void pause(Duration pause) throws InterruptedException {
		this.stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Waits for a wake-up or the poll interval, whichever comes first. */
	boolean awaitWork() throws InterruptedException {
		boolean woken = this.wakeUps.tryAcquire(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
		this.wakeUps.drainPermits();
		return woken;
	}

	/**
	 * One pass over every outbox collection: one claim per collection, published.
	 * @return how many events were published
	 * @throws RuntimeException when the broker did not acknowledge an event
	 */
	public int relayPending() {
		return relayPass().published();
	}

	/**
	 * One pass, as {@link #relayPending()}, telling also whether another may find work at
	 * once.
	 * @throws RuntimeException when the broker did not acknowledge an event
	 */
	Pass relayPass() {
		int count = 0;
		boolean full = false;
		for (String collection : this.properties.collections()) {
			if (isStopping()) {
				break;
			}
			Claim claim = this.leases.claim(collection);
			full |= claim.documents().size() >= this.properties.batchSize();
			count += relayClaim(claim);
		}
		return new Pass(count, full);
	}

	/**
	 * What a pass did.
	 *
	 * @param published how many events it published
	 * @param full whether a claim held a whole batch, so more documents may be pending
	 */
	record Pass(int published, boolean full) {
	}

	private int relayClaim(Claim claim) {
		SequencedSet<Object> unpublished = new LinkedHashSet<>();
		claim.documents().forEach((document) -> unpublished.add(document.get("_id")));
		int count = 0;
		try {
			for (Document document : claim.documents()) {
				if (isStopping() || !this.leases.stillHeld(claim)) {
					break;
				}
				count += relayDocument(claim, document);
				unpublished.remove(document.get("_id"));
			}
		}
		finally {
			release(claim, unpublished);
		}
		return count;
	}

	private int relayDocument(Claim claim, Document document) {
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
			complete(claim, document.get("_id"), sent);
		}
		return sent.size();
	}

	void release(Claim claim, Collection<Object> ids) {
		this.leases.release(claim, ids);
	}

	void complete(Claim claim, Object id, List<String> sentEntryIds) {
		this.leases.complete(claim, id, sentEntryIds);
		log.debug("Relayed {} event(s) from {}", sentEntryIds.size(), claim.collection());
	}

}
