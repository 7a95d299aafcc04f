package lms.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import lms.events.identity.ActivationRequested;
import lms.events.identity.ActivationRequestedV1;
import lms.kit.codes.CodeSeal;

import org.springframework.stereotype.Component;

/**
 * {@code ActivationRequested} → the activation code mail ("Activate your account"). The
 * code arrives sealed and is opened only to be mailed; version 1 events, which carried it
 * in clear, are still mailed while they may be in flight (outboxes, topics, replayed dead
 * letters).
 */
@Component
class ActivationMail {

	private final Mailer sender;

	private final CodeSeal seal;

	private final Clock clock;

	ActivationMail(Mailer sender, CodeSeal seal, Clock clock) {
		this.sender = sender;
		this.seal = seal;
		this.clock = clock;
	}

	void send(ActivationRequested event) {
		send(event.email(), event.name(), this.seal.open(event.sealedActivationCode()), event.expiresAt());
	}

	@SuppressWarnings("deprecation")
	void send(ActivationRequestedV1 event) {
		send(event.email(), event.name(), event.activationCode(), event.expiresAt());
	}

	private void send(String email, String name, String code, Instant expiresAt) {
		this.sender.send(new Mail(email, "Activate your account", "activation", Map.of("name", name, "activationCode",
				code, "validMinutes", CodeValidity.minutesLeft(this.clock, expiresAt))));
	}

}
