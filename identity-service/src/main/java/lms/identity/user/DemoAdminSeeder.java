package lms.identity.user;

import java.time.Clock;
import java.util.List;

import lms.identity.password.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the configured demo admin once, so a fresh local run can sign in.
 */
@Component
@EnableConfigurationProperties(DemoAdminProperties.class)
class DemoAdminSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAdminSeeder.class);

	private final DemoAdminProperties properties;

	private final Users users;

	private final PasswordHasher hasher;

	private final Clock clock;

	DemoAdminSeeder(DemoAdminProperties properties, Users users, PasswordHasher hasher, Clock clock) {
		this.properties = properties;
		this.users = users;
		this.hasher = hasher;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.configured() || this.users.emailTaken(this.properties.email())) {
			return;
		}
		var now = this.clock.instant();
		try {
			this.users.insert(new User(null, this.properties.name(), Users.normalize(this.properties.email()),
					this.hasher.hash(this.properties.password()), null, Role.ADMIN, true, List.of(), now, now,
					List.of()));
			log.info("Created the demo admin {}", this.properties.email());
		}
		catch (DuplicateKeyException ex) {
			log.debug("Another instance created the demo admin first");
		}
	}

}
