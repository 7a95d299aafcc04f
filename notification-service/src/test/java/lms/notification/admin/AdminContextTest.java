package lms.notification.admin;

import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestIdentity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin notification tests' one configuration, so they share one application context
 * (each test's events name a course of its own).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
abstract class AdminContextTest {

	@DynamicPropertySource
	static void identity(DynamicPropertyRegistry registry) {
		registry.add("lms.security.jwks-url", TestIdentity.shared()::jwksUrl);
	}

}
