package lms.events.identity;

import java.time.Instant;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

/**
 * A user asked to reset their password. The code travels sealed (a compact JWE only
 * identity-service and notification-service hold the key to), never in clear.
 *
 * @param userId the account (and the Kafka key)
 * @param email where the code goes
 * @param name the account's name
 * @param sealedResetCode the reset code, sealed ({@code CodeSeal} in the kit)
 * @param expiresAt when the code stops working
 */
@Event(type = "lms.identity.PasswordResetRequested.v2", topic = Topics.IDENTITY_USER)
public record PasswordResetRequested(String userId, String email, String name, String sealedResetCode,
		Instant expiresAt) implements DomainEvent {

	@Override
	public String aggregateId() {
		return this.userId;
	}

}
