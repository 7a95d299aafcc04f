package lms.identity.user;

import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import lms.identity.cache.ReadThroughCache;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The accounts as {@code me} shows them, in memory: this instance's writes forget an
 * account at once, the events of the other instances' writes as they arrive (see
 * {@code UserChangesConsumer}), and nothing is kept longer than
 * {@code lms.identity.users.view-cache.time-to-live} (the bound for a late or lost event,
 * and for the few changes that have none: {@code updatedAt} after a password change). No
 * password hash is held. Metrics {@code cache.*} tagged
 * {@code cache=identity.user-views}.
 */
@Component
@EnableConfigurationProperties(UserViewCacheProperties.class)
public class UserViewCache {

	private final ReadThroughCache<UserView> views;

	UserViewCache(UserViewCacheProperties properties, MeterRegistry meters) {
		this.views = new ReadThroughCache<>("identity.user-views", properties.timeToLive(), properties.maximumSize(),
				meters);
	}

	UserView view(String userId, Function<String, UserView> store) {
		return this.views.get(userId, store);
	}

	public void forget(String userId) {
		this.views.forget(userId);
	}

}
