package lms.events.identity;

import java.time.Instant;

import lms.events.DomainEvent;
import lms.events.Event;
import lms.events.Topics;

/**
 * A registration waits for its emailed code. The code travels sealed (a compact JWE only
 * identity-service and notification-service hold the key to), never in clear.
 *
 * @param email where the code goes (and the Kafka key)
 * @param name the name the user registered with
 * @param sealedActivationCode the activation code, sealed ({@code CodeSeal} in the kit)
 * @param expiresAt when the code stops working
 */
@Event(type = "lms.identity.ActivationRequested.v2", topic = Topics.IDENTITY_USER)
public record ActivationRequested(String email, String name, String sealedActivationCode,
		Instant expiresAt) implements DomainEvent {

	@Override
	public String aggregateId() {
		return this.email;
	}

}
