package lms.course.catalog;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The shared level in Redis: one hash per catalog generation
 * ({@code course:catalog:<generation>}, a field per answer), which every write
 * increments, so an answer computed before a write is never read after it. Only the full
 * list and existing courses are kept here (searches and pages stay in process), and a
 * bump deletes the previous generation's hash: Redis holds about one copy of the catalog
 * whatever the queries. Each write to a hash also sets its time to live, in one script,
 * so a hash written late to an old generation still expires. Each answer carries the
 * position in the course events it reflects ({@link SharedAnswer}), so an instance that
 * has seen a later event never takes it, whatever order the write's generation bump and
 * the event reached it in. Redis being away only means misses; a bump that could not be
 * made is retried, and until then this instance does not trust Redis.
 */
@Component
class RedisCatalogCache {

	private static final Logger log = LoggerFactory.getLogger(RedisCatalogCache.class);

	static final String GENERATION = "course:catalog:generation";

	static final String PREFIX = "course:catalog:";

	private static final RedisScript<Long> PUT = RedisScript.of("""
			redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
			redis.call('PEXPIRE', KEYS[1], ARGV[3])
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final CatalogProperties properties;

	private final AtomicBoolean bumpPending = new AtomicBoolean();

	RedisCatalogCache(StringRedisTemplate redis, CatalogProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/** The current generation, or empty when Redis cannot be used now. */
	Optional<String> generation() {
		if (this.bumpPending.get()) {
			return Optional.empty();
		}
		try {
			String generation = this.redis.opsForValue().get(GENERATION);
			return Optional.of((generation != null) ? generation : "0");
		}
		catch (DataAccessException ex) {
			log.debug("Redis unavailable for the catalog: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	Optional<SharedAnswer> get(String generation, String key) {
		try {
			return Optional.ofNullable(this.redis.<String, String>opsForHash().get(PREFIX + generation, key))
				.map(SharedAnswer::decode);
		}
		catch (DataAccessException ex) {
			return Optional.empty();
		}
	}

	void put(String generation, String key, SharedAnswer answer) {
		try {
			this.redis.execute(PUT, List.of(PREFIX + generation), key, answer.encode(),
					String.valueOf(this.properties.redisTtl().toMillis()));
		}
		catch (DataAccessException ex) {
			log.debug("Could not store a catalog answer in Redis: {}", ex.getMessage());
		}
	}

	void bump() {
		try {
			Long current = this.redis.opsForValue().increment(GENERATION);
			this.bumpPending.set(false);
			if (current != null) {
				this.redis.unlink(PREFIX + (current - 1));
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not evict the catalog in Redis, will retry: {}", ex.getMessage());
			this.bumpPending.set(true);
		}
	}

	@Scheduled(fixedDelayString = "${lms.course.catalog.redis-retry-interval:1s}")
	void retryPendingBump() {
		if (this.bumpPending.get()) {
			bump();
		}
	}

}
