package lms.identity.session;

import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import lms.identity.cache.ReadThroughCache;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which sessions Redis confirmed live, and whose they are, for at most
 * {@code lms.identity.sessions.live-cache.time-to-live}: the bound within which a session
 * ended at another identity instance is refused here even if its {@code SessionRevoked}
 * is late or lost. The event usually forgets it sooner; this instance's own ends forget
 * it at once. Metrics {@code cache.*} tagged {@code cache=identity.live-sessions}.
 */
@Component
@EnableConfigurationProperties(LiveSessionCacheProperties.class)
class LiveSessionCache {

	private final ReadThroughCache<String> owners;

	LiveSessionCache(LiveSessionCacheProperties properties, MeterRegistry meters) {
		this.owners = new ReadThroughCache<>("identity.live-sessions", properties.timeToLive(),
				properties.maximumSize(), meters);
	}

	/** The owner of a live session, null when Redis has no such session. */
	String owner(String sessionId, Function<String, String> store) {
		return this.owners.get(sessionId, store);
	}

	void forget(Iterable<String> sessionIds) {
		this.owners.forgetAll(sessionIds);
	}

	void forget(String sessionId) {
		this.owners.forget(sessionId);
	}

}
