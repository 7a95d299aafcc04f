package lms.identity.registration;

import java.time.Clock;
import java.time.Instant;

import lms.events.identity.ActivationRequested;
import lms.identity.password.PasswordHasher;
import lms.identity.clientaddress.ClientAddress;
import lms.identity.throttle.Throttle;
import lms.identity.user.Users;
import lms.kit.codes.CodeSeal;
import lms.kit.outbox.Outbox;
import lms.kit.web.ApiException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Starts a registration: the pending registration and its {@code ActivationRequested}
 * event are stored in one document write; the relay mails the code through
 * notification-service. The code leaves sealed, so neither the outbox nor the topic holds
 * it in clear.
 */
@Service
@EnableConfigurationProperties(RegistrationProperties.class)
public class RegistrationService {

	private final Users users;

	private final MongoTemplate mongo;

	private final PasswordHasher hasher;

	private final ActivationSecrets secrets;

	private final CodeSeal seal;

	private final Outbox outbox;

	private final RegistrationProperties properties;

	private final Throttle throttle;

	private final Clock clock;

	RegistrationService(Users users, MongoTemplate mongo, PasswordHasher hasher, ActivationSecrets secrets,
			CodeSeal seal, Outbox outbox, RegistrationProperties properties, Throttle throttle, Clock clock) {
		this.throttle = throttle;
		this.users = users;
		this.mongo = mongo;
		this.hasher = hasher;
		this.secrets = secrets;
		this.seal = seal;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/** Returns the activation token. */
	public String register(RegistrationRequest request, ClientAddress client) {
		String email = Users.normalize(request.email());
		this.throttle.registration(client, email);
		if (this.users.emailTaken(email)) {
			throw ApiException.conflict("Email already exist");
		}
		String token = this.secrets.newToken();
		String code = this.secrets.newCode(this.properties.codeLength());
		Instant expiresAt = this.clock.instant().plus(this.properties.validity());
		var event = new ActivationRequested(email, request.name().trim(), this.seal.seal(code), expiresAt);
		this.mongo.insert(new PendingRegistration(token, event.name(), email, this.hasher.hash(request.password()),
				this.secrets.digest(token, code), 0, expiresAt, this.outbox.entries(event)));
		this.outbox.written();
		return token;
	}

}
