package lms.media.cleanup;

import java.time.Instant;
import java.util.List;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An image an event asked to destroy. Its id is the public id, so the same request twice
 * (a redelivered event, or two events naming one image) is one deletion.
 *
 * @param publicId the image
 * @param ownerType {@code user}, {@code course} or {@code layout}
 * @param ownerId the owner's id
 * @param reason the event type that asked for it
 * @param status {@code PENDING} until the store accepted, then {@code DONE}
 * @param attempts failed attempts so far
 * @param nextAttemptAt when the worker may try (again)
 * @param lastError the last failure, for operators
 * @param requestedAt when the event arrived
 * @param doneAt when the store accepted
 * @param outbox the {@code MediaDeleted} event until the broker has it
 */
@Document(PendingDeletion.COLLECTION)
record PendingDeletion(@Id String publicId, String ownerType, String ownerId, String reason, Status status,
		int attempts, Instant nextAttemptAt, String lastError, Instant requestedAt, Instant doneAt,
		List<OutboxEntry> outbox) {

	static final String COLLECTION = "media_deletions";

	enum Status {

		PENDING, DONE

	}

}
