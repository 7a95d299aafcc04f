package lms.gateway.usercache;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.gateway.user-cache.*}: the callers' own {@code me} answers kept at the edge.
 *
 * @param enabled whether the edge keeps them at all (off: every {@code me} is forwarded)
 * @param path the path of the caller's own account
 * @param maxEntries how many users' answers at most (those read least recently leave
 * first)
 * @param maxAge how long an answer is kept at most: a guard for user events missed while
 * the consumer joins, and no longer than identity's live-session cache
 * ({@code lms.identity.sessions.live-cache.time-to-live}, 1 s), the bound within which a
 * session ended elsewhere is refused when its event is late
 * @param writeRoutes routes where any call of a caller but {@code me} itself (a write, a
 * logout) forgets that caller's answer at once
 */
@ConfigurationProperties("lms.gateway.user-cache")
public record UserCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("/api/v1/me") String path,
		@DefaultValue("10000") int maxEntries, @DefaultValue("1s") Duration maxAge,
		@DefaultValue("identity") List<String> writeRoutes) {
}
