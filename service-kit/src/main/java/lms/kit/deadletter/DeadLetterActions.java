package lms.kit.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a dead letter to its group's handlers, or discards it, once. A replay and a
 * discard of the same event hold the group's claim on it while they run, so two operators
 * (on any instances) cannot both run the handler; the group's processed ids make a replay
 * of an event the group has handled since a no-op; and a resolved dead letter stays
 * resolved.
 */
class DeadLetterActions {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterActions.class);

	private static final int MAX_REPORTED_FAILURES = 20;

	private final DeadLetterInbox inbox;

	private final DeadLetterLedger ledger;

	private final DeadLetterProperties properties;

	DeadLetterActions(DeadLetterInbox inbox, DeadLetterLedger ledger, DeadLetterProperties properties) {
		this.inbox = inbox;
		this.ledger = ledger;
		this.properties = properties;
	}

	Resolution replay(String group, String id, String by) {
		return replay(this.inbox.find(group, id), by);
	}

	Resolution discard(String group, String id, String by) {
		return discard(this.inbox.find(group, id), by);
	}

	BulkResult replayAll(String group, String by) {
		return forEachWaiting(group, (letter) -> () -> replay(letter, by));
	}

	BulkResult discardAll(String group, String by) {
		return forEachWaiting(group, (letter) -> () -> discard(letter, by));
	}

	private Resolution replay(DeadLetterRecord letter, String by) {
		return claimed(letter, by, () -> {
			try {
				boolean handled = letter.source().handlers().handle(letter.message());
				Resolution resolution = this.ledger.resolve(letter.source().group(), letter, Resolution.REPLAYED, by,
						handled ? Resolution.HANDLED : Resolution.SKIPPED);
				log.info("Dead letter {} of {} replayed by {}: {}", letter.id(), letter.source().group(), by,
						resolution.outcome());
				return resolution;
			}
			catch (RuntimeException ex) {
				log.warn("Replay of dead letter {} of {} failed: {}", letter.id(), letter.source().group(),
						Redaction.text(ex.toString()));
				throw ApiException.conflict("Replay failed, the dead letter still waits: "
						+ Redaction.text(rootCause(ex).getClass().getName() + ": " + rootCause(ex).getMessage()));
			}
		});
	}

	private Resolution discard(DeadLetterRecord letter, String by) {
		return claimed(letter, by, () -> {
			log.info("Dead letter {} of {} discarded by {}", letter.id(), letter.source().group(), by);
			return this.ledger.resolve(letter.source().group(), letter, Resolution.DISCARDED, by, null);
		});
	}

	private Resolution claimed(DeadLetterRecord letter, String by, Supplier<Resolution> action) {
		String group = letter.source().group();
		String subject = (letter.eventId() != null) ? letter.eventId() : letter.id().toString();
		if (!this.ledger.claim(group, subject, by, this.properties.claimLease())) {
			throw ApiException.conflict("This event is being replayed or discarded right now; try again shortly");
		}
		try {
			this.ledger.resolution(group, letter.id()).ifPresent((done) -> {
				throw ApiException
					.conflict("Dead letter already " + done.action() + " by " + done.by() + " at " + done.at());
			});
			return action.get();
		}
		finally {
			this.ledger.release(group, subject);
		}
	}

	private BulkResult forEachWaiting(String group, Function<DeadLetterRecord, Supplier<Resolution>> action) {
		List<Resolution> done = new ArrayList<>();
		List<BulkResult.Failure> failures = new ArrayList<>();
		int failed = 0;
		for (DeadLetterRecord letter : this.inbox.waiting(group)) {
			try {
				done.add(action.apply(letter).get());
			}
			catch (ApiException ex) {
				failed++;
				if (failures.size() < MAX_REPORTED_FAILURES) {
					failures.add(new BulkResult.Failure(letter.id().toString(), ex.getMessage()));
				}
			}
		}
		return new BulkResult(done, failed, failures);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** What a replay or discard of a whole group did. */
	record BulkResult(List<Resolution> done, int failed, List<Failure> failures) {

		record Failure(String id, String message) {
		}

	}

}
