package lms.gateway.catalogcache;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public catalog answers kept at the edge, by path, query and encoding. A course event
 * clears everything; a generation number keeps an answer fetched before the clear from
 * being stored after it. The maximum age is only a guard for events missed while the
 * consumer joins.
 */
class CatalogCache {

	private final Map<String, CachedAnswer> answers = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final CatalogCacheProperties properties;

	private final Clock clock;

	CatalogCache(CatalogCacheProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	CachedAnswer get(String key) {
		CachedAnswer answer = this.answers.get(key);
		if (answer != null && answer.storedAt().plus(this.properties.maxAge()).isBefore(this.clock.instant())) {
			this.answers.remove(key, answer);
			return null;
		}
		return answer;
	}

	long generation() {
		return this.generation.get();
	}

	/**
	 * Stores the answer unless the cache was cleared since {@code generation} or is full.
	 */
	void put(String key, CachedAnswer answer, long generation) {
		if (this.answers.size() < this.properties.maxEntries() && this.generation.get() == generation) {
			this.answers.put(key, answer);
			if (this.generation.get() != generation) {
				this.answers.remove(key, answer);
			}
		}
	}

	void clear() {
		this.generation.incrementAndGet();
		this.answers.clear();
	}

	int size() {
		return this.answers.size();
	}

}
