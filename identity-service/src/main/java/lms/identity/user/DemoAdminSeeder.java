package lms.identity.user;

import lms.identity.password.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the configured demo admin once, so a fresh local run can sign in; like every
 * account it is announced with {@code UserRegistered}.
 */
@Component
@EnableConfigurationProperties(DemoAdminProperties.class)
class DemoAdminSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAdminSeeder.class);

	private final DemoAdminProperties properties;

	private final Users users;

	private final UserCreation creation;

	private final PasswordHasher hasher;

	DemoAdminSeeder(DemoAdminProperties properties, Users users, UserCreation creation, PasswordHasher hasher) {
		this.properties = properties;
		this.users = users;
		this.creation = creation;
		this.hasher = hasher;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.configured() || this.users.emailTaken(this.properties.email())) {
			return;
		}
		try {
			this.creation.create(this.properties.name(), this.properties.email(),
					this.hasher.hash(this.properties.password()), Role.ADMIN, UserCreation.VIA_PASSWORD);
			log.info("Created the demo admin {}", this.properties.email());
		}
		catch (DuplicateKeyException ex) {
			log.debug("Another instance created the demo admin first");
		}
	}

}
