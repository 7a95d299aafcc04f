package lms.gateway.revocation;

import lms.kit.messaging.ProcessedEvents;

/**
 * Revocations are idempotent (remembering a revoked session twice changes nothing), so
 * the gateway keeps no processed-event ids and needs no database.
 */
final class NoProcessedEvents implements ProcessedEvents {

	@Override
	public boolean contains(String group, String eventId) {
		return false;
	}

	@Override
	public void add(String group, String eventId) {
	}

}
