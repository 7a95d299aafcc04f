package lms.notification.mail;

import java.time.Clock;
import java.util.Map;

import lms.events.identity.ActivationRequested;

import org.springframework.stereotype.Component;

/**
 * {@code ActivationRequested} → the activation code mail ("Activate your account").
 */
@Component
class ActivationMail {

	private final Mailer sender;

	private final Clock clock;

	ActivationMail(Mailer sender, Clock clock) {
		this.sender = sender;
		this.clock = clock;
	}

	void send(ActivationRequested event) {
		this.sender.send(new Mail(event.email(), "Activate your account", "activation",
				Map.of("name", event.name(), "activationCode", event.activationCode(), "validMinutes",
						CodeValidity.minutesLeft(this.clock, event.expiresAt()))));
	}

}
