package lms.identity.activation;

import java.time.Clock;

import lms.identity.registration.ActivationSecrets;
import lms.identity.registration.PendingRegistration;
import lms.identity.registration.RegistrationProperties;
import lms.identity.clientaddress.ClientAddress;
import lms.identity.throttle.Attempt;
import lms.identity.throttle.Throttle;
import lms.identity.user.Role;
import lms.identity.user.UserCreation;
import lms.kit.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Turns a pending registration into an account when its emailed code is given in time.
 * The code works once; the last allowed wrong guess voids the registration.
 */
@Service
class ActivationService {

	static final String INVALID_CODE = "Invalid activation code";

	static final String INVALID_TOKEN = "Activation token is invalid or has expired, please register again";

	private final MongoTemplate mongo;

	private final ActivationSecrets secrets;

	private final RegistrationProperties properties;

	private final UserCreation creation;

	private final Throttle throttle;

	private final Clock clock;

	ActivationService(MongoTemplate mongo, ActivationSecrets secrets, RegistrationProperties properties,
			UserCreation creation, Throttle throttle, Clock clock) {
		this.mongo = mongo;
		this.secrets = secrets;
		this.properties = properties;
		this.creation = creation;
		this.throttle = throttle;
		this.clock = clock;
	}

	void activate(ActivationRequest request, ClientAddress client) {
		Attempt attempt = this.throttle.activation(client, request.activationToken());
		PendingRegistration pending = this.mongo.findOne(usable(request.activationToken()), PendingRegistration.class);
		if (pending == null) {
			throw ApiException.badRequest(INVALID_TOKEN);
		}
		if (!this.secrets.matches(pending.token(), request.activationCode().trim(), pending.codeHash())) {
			wrongCode(pending);
		}
		Query once = usable(pending.token()).addCriteria(Criteria.where("codeHash").is(pending.codeHash()));
		if (this.mongo.findAndRemove(once, PendingRegistration.class) == null) {
			throw ApiException.badRequest(INVALID_TOKEN);
		}
		attempt.succeeded();
		try {
			this.creation.create(pending.name(), pending.email(), pending.passwordHash(), Role.USER,
					UserCreation.VIA_PASSWORD);
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("Email already exist");
		}
	}

	private void wrongCode(PendingRegistration pending) {
		PendingRegistration counted = this.mongo.findAndModify(usable(pending.token()),
				new Update().inc("failedAttempts", 1), FindAndModifyOptions.options().returnNew(true),
				PendingRegistration.class);
		if (counted != null && counted.failedAttempts() >= this.properties.maxAttempts()) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(pending.token())), PendingRegistration.class);
		}
		throw ApiException.badRequest(INVALID_CODE);
	}

	private Query usable(String token) {
		return Query.query(Criteria.where("_id")
			.is(token)
			.and("expiresAt")
			.gt(this.clock.instant())
			.and("failedAttempts")
			.lt(this.properties.maxAttempts()));
	}

}
