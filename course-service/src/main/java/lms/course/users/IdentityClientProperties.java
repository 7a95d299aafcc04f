package lms.course.users;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.course.identity.*}: how course-service reads a user it has not heard of yet
 * from identity-service's internal port.
 *
 * @param url identity-service's base URL ({@code lms.services.identity.url})
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for the answer; an order or question waits for
 * it, so it is short and the client gets a 503 to retry
 */
@ConfigurationProperties("lms.course.identity")
record IdentityClientProperties(String url, @DefaultValue("1s") Duration connectTimeout,
		@DefaultValue("3s") Duration responseTimeout) {
}
