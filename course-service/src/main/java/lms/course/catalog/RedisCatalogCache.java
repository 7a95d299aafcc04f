package lms.course.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The shared level in Redis. Keys carry a catalog generation that every write increments,
 * so an answer computed before a write is never read after it. Redis being away only
 * means misses; a bump that could not be made is retried, and until then this instance
 * does not trust Redis.
 */
@Component
class RedisCatalogCache {

	private static final Logger log = LoggerFactory.getLogger(RedisCatalogCache.class);

	static final String GENERATION = "course:catalog:generation";

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

	Optional<byte[]> get(String generation, String key) {
		try {
			return Optional.ofNullable(this.redis.opsForValue().get(key(generation, key)))
				.map((json) -> json.getBytes(StandardCharsets.UTF_8));
		}
		catch (DataAccessException ex) {
			return Optional.empty();
		}
	}

	void put(String generation, String key, byte[] json) {
		try {
			this.redis.opsForValue()
				.set(key(generation, key), new String(json, StandardCharsets.UTF_8), this.properties.redisTtl());
		}
		catch (DataAccessException ex) {
			log.debug("Could not store a catalog answer in Redis: {}", ex.getMessage());
		}
	}

	void bump() {
		try {
			this.redis.opsForValue().increment(GENERATION);
			this.bumpPending.set(false);
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

	private static String key(String generation, String key) {
		return "course:catalog:" + generation + ":" + key;
	}

}
