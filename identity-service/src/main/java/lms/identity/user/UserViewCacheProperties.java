package lms.identity.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.users.view-cache.*}: the accounts {@code me} answers from memory.
 *
 * @param timeToLive the longest an account is shown as it was after a change at another
 * instance whose event is late or lost; zero reads MongoDB on every request
 * @param maximumSize the most accounts remembered
 */
@ConfigurationProperties("lms.identity.users.view-cache")
record UserViewCacheProperties(@DefaultValue("30s") Duration timeToLive, @DefaultValue("100000") long maximumSize) {
}
