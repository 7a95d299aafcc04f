package lms.notification.mail;

import java.time.Clock;
import java.util.Map;

import lms.events.identity.PasswordResetRequested;

import org.springframework.stereotype.Component;

/**
 * {@code PasswordResetRequested} → the mail with the single-use reset code.
 */
@Component
class PasswordResetMail {

	static final String SUBJECT = "Reset your password";

	private final Mailer sender;

	private final Clock clock;

	PasswordResetMail(Mailer sender, Clock clock) {
		this.sender = sender;
		this.clock = clock;
	}

	void send(PasswordResetRequested event) {
		this.sender.send(new Mail(event.email(), SUBJECT, "password-reset", Map.of("name", event.name(), "resetCode",
				event.resetCode(), "validMinutes", CodeValidity.minutesLeft(this.clock, event.expiresAt()))));
	}

}
