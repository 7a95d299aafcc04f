package lms.media.cleanup;

import java.util.Optional;

import lms.media.asset.Assets;
import lms.media.store.ImageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Destroys the recorded deletions that are due, one at a time. A failure pushes the next
 * attempt back (doubling up to a maximum) and the deletion waits in MongoDB; nothing is
 * lost and no Kafka partition waits for Cloudinary.
 */
class DeletionWorker {

	private static final Logger log = LoggerFactory.getLogger(DeletionWorker.class);

	private final Deletions deletions;

	private final ImageStore store;

	private final Assets assets;

	private final CleanupProperties properties;

	DeletionWorker(Deletions deletions, ImageStore store, Assets assets, CleanupProperties properties) {
		this.deletions = deletions;
		this.store = store;
		this.assets = assets;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${lms.media.cleanup.poll-interval:1s}")
	void destroyDue() {
		for (int i = 0; i < this.properties.batchSize(); i++) {
			Optional<PendingDeletion> due = this.deletions.claimDue(this.properties.lease());
			if (due.isEmpty()) {
				return;
			}
			destroy(due.get());
		}
	}

	private void destroy(PendingDeletion deletion) {
		try {
			this.store.destroy(deletion.publicId());
		}
		catch (RuntimeException ex) {
			int failures = deletion.attempts() + 1;
			log.warn("Destroying {} failed (attempt {}): {}; retrying later", deletion.publicId(), failures,
					ex.getMessage());
			this.deletions.failed(deletion, ex.getMessage(), this.properties.backOff(failures));
			return;
		}
		if (this.deletions.done(deletion)) {
			this.assets.markDeleted(deletion.publicId());
			log.info("Destroyed {} of {} {} ({})", deletion.publicId(), deletion.ownerType(), deletion.ownerId(),
					deletion.reason());
		}
	}

}
