package lms.identity.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.sessions.*}.
 *
 * @param lifetime sliding: every refresh extends a session by this much
 * @param absoluteLifetime no session outlives its login by more than this, however often
 * it is refreshed
 * @param reuseGrace a refresh token retired less than this long ago is still accepted
 * (two tabs refreshing at once) and answered with the current one; the gateway shares a
 * rotated answer no longer than this
 * @param cookieSecure the {@code Secure} attribute of the token cookies
 * @param cookieSameSite the {@code SameSite} attribute of the token cookies
 */
@ConfigurationProperties("lms.identity.sessions")
public record SessionProperties(@DefaultValue("7d") Duration lifetime, @DefaultValue("30d") Duration absoluteLifetime,
		@DefaultValue("5s") Duration reuseGrace, @DefaultValue("true") boolean cookieSecure,
		@DefaultValue("Lax") String cookieSameSite) {
}
