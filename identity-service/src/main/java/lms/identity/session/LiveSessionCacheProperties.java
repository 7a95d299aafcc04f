package lms.identity.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.sessions.live-cache.*}: how long a session Redis confirmed live is
 * believed without asking again.
 *
 * @param timeToLive the revocation bound between identity instances when an event is late
 * or lost; zero reads Redis on every request
 * @param maximumSize the most sessions remembered
 */
@ConfigurationProperties("lms.identity.sessions.live-cache")
record LiveSessionCacheProperties(@DefaultValue("1s") Duration timeToLive, @DefaultValue("100000") long maximumSize) {
}
