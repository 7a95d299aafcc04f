package lms.gateway.catalogcache;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Public catalog answers kept at the edge by canonical key ({@link CatalogKey}), in two
 * Caffeine caches bounded in size: the full list and single courses
 * ({@code gateway.catalog}) apart from searches and pages
 * ({@code gateway.catalog.searches}), so junk queries can never push out the answers
 * everyone reads, and among searches Caffeine's frequency-based admission keeps those
 * asked again. A course event clears everything; a generation number keeps an answer
 * fetched before the clear from being served after it. The maximum age is only a guard
 * for events missed while the consumer joins. Metrics: {@code cache.*} with those names.
 */
class CatalogCache {

	static final String CATALOG = "gateway.catalog";

	static final String SEARCHES = "gateway.catalog.searches";

	private final Cache<String, Stored> catalog;

	private final Cache<String, Stored> searches;

	private final AtomicLong generation = new AtomicLong();

	CatalogCache(CatalogCacheProperties properties, Clock clock, MeterRegistry meters) {
		this.catalog = cache(properties.maxEntries(), properties, clock, meters, CATALOG);
		this.searches = cache(properties.maxSearches(), properties, clock, meters, SEARCHES);
	}

	private static Cache<String, Stored> cache(int maximumSize, CatalogCacheProperties properties, Clock clock,
			MeterRegistry meters, String name) {
		Cache<String, Stored> cache = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.expireAfterWrite(properties.maxAge())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, cache, name);
		return cache;
	}

	CachedAnswer get(CatalogKey key) {
		Stored stored = of(key).getIfPresent(key.value());
		return (stored != null && stored.generation() == this.generation.get()) ? stored.answer() : null;
	}

	long generation() {
		return this.generation.get();
	}

	/** Stores the answer unless the cache was cleared since {@code generation}. */
	void put(CatalogKey key, CachedAnswer answer, long generation) {
		if (this.generation.get() == generation) {
			of(key).put(key.value(), new Stored(answer, generation));
		}
	}

	void clear() {
		this.generation.incrementAndGet();
		this.catalog.invalidateAll();
		this.searches.invalidateAll();
	}

	/** Answers held, after Caffeine's pending maintenance. */
	long size(boolean search) {
		Cache<String, Stored> cache = search ? this.searches : this.catalog;
		cache.cleanUp();
		return cache.estimatedSize();
	}

	private Cache<String, Stored> of(CatalogKey key) {
		return key.search() ? this.searches : this.catalog;
	}

	private record Stored(CachedAnswer answer, long generation) {
	}

}
