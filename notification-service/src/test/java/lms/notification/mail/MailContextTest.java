package lms.notification.mail;

import lms.testkit.EmbeddedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The mail tests' one configuration (the mails' product, site and support address, the
 * sealing keys of a rotation), so they share one application context (each test mails
 * addresses of its own).
 */
@SpringBootTest(properties = { "lms.notification.mail.product-name=ELearning",
		"lms.notification.mail.site-url=https://learn.example.com",
		"lms.notification.mail.support-email=help@example.com",
		"lms.code-sealing.current-key=" + MailContextTest.CURRENT_KEY,
		"lms.code-sealing.previous-key=" + MailContextTest.PREVIOUS_KEY })
@EmbeddedInfrastructure
abstract class MailContextTest {

	static final String CURRENT_KEY = "q0hWuL2YgM7dV1bC3o8tJ4xN5pR6sT9uE0fA1gH2iK8=";

	static final String PREVIOUS_KEY = "Zk3mP9qR2sT5uV8wX1yA4bC7dE0fG3hJ6kL9mN2pQ5s=";

}
