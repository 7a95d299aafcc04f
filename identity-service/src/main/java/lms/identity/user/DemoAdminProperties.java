package lms.identity.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.demo-admin.*}: an admin created at start when none with that email
 * exists (the local run sets it; production leaves it empty).
 */
@ConfigurationProperties("lms.identity.demo-admin")
public record DemoAdminProperties(String email, String password, @DefaultValue("Admin") String name) {

	boolean configured() {
		return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isBlank();
	}

}
