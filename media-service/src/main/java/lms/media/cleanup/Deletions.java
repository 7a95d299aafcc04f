package lms.media.cleanup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lms.events.media.MediaDeleted;
import lms.kit.outbox.Outbox;
import lms.media.cleanup.PendingDeletion.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The deletions events asked for, in MongoDB: recorded once per image, claimed by one
 * worker at a time, and marked done together with their {@code MediaDeleted} event in one
 * write.
 */
class Deletions {

	private static final Logger log = LoggerFactory.getLogger(Deletions.class);

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final Clock clock;

	Deletions(MongoTemplate mongo, Outbox outbox, Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Records a deletion unless this image already has one. */
	void request(String publicId, String ownerType, String ownerId, String reason) {
		if (publicId == null || publicId.isBlank()) {
			return;
		}
		Instant now = this.clock.instant();
		try {
			this.mongo.insert(new PendingDeletion(publicId, ownerType, ownerId, reason, Status.PENDING, 0, now, null,
					now, null, List.of()));
		}
		catch (DuplicateKeyException ex) {
			log.debug("Deletion of {} already recorded", publicId);
		}
	}

	/**
	 * Claims one due deletion for {@code lease}, so no other worker tries it meanwhile.
	 */
	Optional<PendingDeletion> claimDue(Duration lease) {
		Instant now = this.clock.instant();
		Query due = new Query(Criteria.where("status").is(Status.PENDING).and("nextAttemptAt").lte(now));
		return Optional.ofNullable(this.mongo.findAndModify(due, new Update().set("nextAttemptAt", now.plus(lease)),
				FindAndModifyOptions.options().returnNew(true), PendingDeletion.class));
	}

	/** Marks it done and queues {@code MediaDeleted} in the same write. */
	boolean done(PendingDeletion deletion) {
		Update update = new Update().set("status", Status.DONE).set("doneAt", this.clock.instant());
		this.outbox.append(update, new MediaDeleted(deletion.publicId(), deletion.ownerType(), deletion.ownerId()));
		boolean marked = this.mongo.updateFirst(pending(deletion.publicId()), update, PendingDeletion.class)
			.getModifiedCount() == 1;
		if (marked) {
			this.outbox.written();
		}
		return marked;
	}

	void failed(PendingDeletion deletion, String error, Duration backOff) {
		Update update = new Update().inc("attempts", 1)
			.set("lastError", error)
			.set("nextAttemptAt", this.clock.instant().plus(backOff));
		this.mongo.updateFirst(pending(deletion.publicId()), update, PendingDeletion.class);
	}

	long pendingCount() {
		return this.mongo.count(new Query(Criteria.where("status").is(Status.PENDING)), PendingDeletion.class);
	}

	private static Query pending(String publicId) {
		return new Query(Criteria.where("_id").is(publicId).and("status").is(Status.PENDING));
	}

}
