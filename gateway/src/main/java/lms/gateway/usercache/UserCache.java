package lms.gateway.usercache;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import lms.kit.cache.EventPosition;
import lms.kit.cache.EventPositionHolder;

import org.springframework.messaging.Message;

/**
 * The callers' {@code me} answers by verified user id (Caffeine, bounded in size, metrics
 * {@code cache.*} tagged {@code cache=gateway.user-views}). Two guards keep an answer
 * older than a change from being stored: a generation, moved by every eviction, so an
 * answer fetched before one is not kept after it; and the position in the user events, so
 * an answer from an identity instance that has not yet read an event this instance
 * evicted on is not kept either. Each store is decided atomically with the user's
 * eviction ({@code compute}). The maximum age (on the application's clock) is only a
 * guard for events missed while the consumer joins.
 */
class UserCache {

	static final String NAME = "gateway.user-views";

	private final boolean enabled;

	private final Cache<String, UserAnswer> answers;

	private final AtomicLong generation = new AtomicLong();

	private final EventPositionHolder position = new EventPositionHolder();

	UserCache(UserCacheProperties properties, Clock clock, MeterRegistry meters) {
		this.enabled = properties.enabled();
		this.answers = Caffeine.newBuilder()
			.maximumSize(properties.maxEntries())
			.expireAfterWrite(properties.maxAge())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.answers, NAME);
	}

	UserAnswer get(String userId) {
		return this.enabled ? this.answers.getIfPresent(userId) : null;
	}

	long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps the answer unless anything was evicted since {@code generation} or it does
	 * not reflect every user event read here.
	 */
	void put(String userId, UserAnswer answer, long generation) {
		if (!this.enabled) {
			return;
		}
		this.answers.asMap()
			.compute(userId, (key,
					old) -> (this.generation.get() == generation && answer.position().covers(this.position.current()))
							? answer : old);
	}

	/** The user's view changed: their answer goes, and none fetched before is kept. */
	void evict(String userId) {
		this.generation.incrementAndGet();
		this.answers.invalidate(userId);
	}

	/** A user event that changes no view was read: only the position moves. */
	void passed(Message<?> event) {
		this.position.advance(event);
	}

	/**
	 * A user event was read: no answer from before it is kept any more, and the user's
	 * answer goes.
	 */
	void evictAfter(Message<?> event, String userId) {
		this.position.advance(event);
		evict(userId);
	}

	/** An event that may change any view was read: every answer goes. */
	void evictAllAfter(Message<?> event) {
		this.position.advance(event);
		this.generation.incrementAndGet();
		this.answers.invalidateAll();
	}

	EventPosition position() {
		return this.position.current();
	}

	long size() {
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

}
