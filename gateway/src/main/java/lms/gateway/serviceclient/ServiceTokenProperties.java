package lms.gateway.serviceclient;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway holds its service token while identity's token endpoint fails.
 *
 * @param failureBackoff after a failed token request, callers get that failure at once
 * for this long before one of them asks identity again
 * @param maxFailureBackoff each further failure in a row doubles the wait, up to this; a
 * token obtained starts again from {@code failureBackoff}
 */
@ConfigurationProperties("lms.gateway.service-token")
public record ServiceTokenProperties(@DefaultValue("1s") Duration failureBackoff,
		@DefaultValue("30s") Duration maxFailureBackoff) {

	/** The wait after {@code failuresInARow} failures (1 for the first). */
	Duration backoffAfter(int failuresInARow) {
		int doublings = Math.min(Math.max(failuresInARow - 1, 0), 20);
		Duration wait = this.failureBackoff.multipliedBy(1L << doublings);
		return (wait.compareTo(this.maxFailureBackoff) > 0) ? this.maxFailureBackoff : wait;
	}

}
