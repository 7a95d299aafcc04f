package lms.notification.mail;

import java.util.Map;

import lms.events.identity.UserRegistered;

import org.springframework.stereotype.Component;

/**
 * {@code UserRegistered} → the welcome mail, once the account exists.
 */
@Component
class WelcomeMail {

	private final Mailer sender;

	private final MailProperties properties;

	WelcomeMail(Mailer sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	void send(UserRegistered event) {
		this.sender.send(new Mail(event.email(), "Welcome to " + this.properties.productName(), "welcome",
				Map.of("name", event.name(), "coursesUrl", this.properties.link("/courses"))));
	}

}
