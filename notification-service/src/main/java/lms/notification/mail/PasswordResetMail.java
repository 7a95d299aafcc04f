package lms.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import lms.events.identity.PasswordResetRequested;
import lms.events.identity.PasswordResetRequestedV1;
import lms.kit.codes.CodeSeal;

import org.springframework.stereotype.Component;

/**
 * {@code PasswordResetRequested} → the mail with the single-use reset code, opened from
 * its seal only to be mailed; version 1 (code in clear) is still mailed while it may be
 * in flight.
 */
@Component
class PasswordResetMail {

	static final String SUBJECT = "Reset your password";

	private final Mailer sender;

	private final CodeSeal seal;

	private final Clock clock;

	PasswordResetMail(Mailer sender, CodeSeal seal, Clock clock) {
		this.sender = sender;
		this.seal = seal;
		this.clock = clock;
	}

	void send(PasswordResetRequested event) {
		send(event.email(), event.name(), this.seal.open(event.sealedResetCode()), event.expiresAt());
	}

	@SuppressWarnings("deprecation")
	void send(PasswordResetRequestedV1 event) {
		send(event.email(), event.name(), event.resetCode(), event.expiresAt());
	}

	private void send(String email, String name, String code, Instant expiresAt) {
		this.sender.send(new Mail(email, SUBJECT, "password-reset", Map.of("name", name, "resetCode", code,
				"validMinutes", CodeValidity.minutesLeft(this.clock, expiresAt))));
	}

}
