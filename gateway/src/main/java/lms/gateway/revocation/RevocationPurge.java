package lms.gateway.revocation;

import org.springframework.scheduling.annotation.Scheduled;

/** Drops revocations whose tokens have expired anyway. */
class RevocationPurge {

	private final RevokedSessions revoked;

	RevocationPurge(RevokedSessions revoked) {
		this.revoked = revoked;
	}

	@Scheduled(fixedDelayString = "${lms.gateway.revocation.purge-interval:1m}")
	void purge() {
		this.revoked.purge();
	}

}
