package lms.course.catalog;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The in-process level: serialized answers by canonical key, in two Caffeine caches
 * bounded in size. The full list and single courses ({@code course.catalog}) are apart
 * from searches and pages ({@code course.catalog.searches}), so no query, however many,
 * can push them out; among searches, Caffeine's frequency-based admission keeps those
 * asked again over those asked once. Every eviction starts a new generation: an entry is
 * served only if stored in the current one, so an answer read before a write is never
 * served after it. Entries also age out, which bounds staleness should an instance miss
 * an event (e.g. one published while its consumer was still joining). Metrics:
 * {@code cache.*} tagged with those names.
 */
@Component
class LocalCatalogCache {

	static final String CATALOG = "course.catalog";

	static final String SEARCHES = "course.catalog.searches";

	private final Cache<String, Entry> catalog;

	private final Cache<String, Entry> searches;

	private final AtomicLong generation = new AtomicLong();

	@Autowired
	LocalCatalogCache(CatalogProperties properties, MeterRegistry meters) {
		this(properties, meters, ForkJoinPool.commonPool());
	}

	/** With the executor Caffeine runs its maintenance on (the caller's in tests). */
	LocalCatalogCache(CatalogProperties properties, MeterRegistry meters, Executor maintenance) {
		this.catalog = cache(properties.localMaxEntries(), properties, maintenance, meters, CATALOG);
		this.searches = cache(properties.localMaxSearches(), properties, maintenance, meters, SEARCHES);
	}

	private static Cache<String, Entry> cache(int maximumSize, CatalogProperties properties, Executor maintenance,
			MeterRegistry meters, String name) {
		Cache<String, Entry> cache = Caffeine.newBuilder()
			.executor(maintenance)
			.maximumSize(maximumSize)
			.expireAfterWrite(properties.localMaxAge())
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, cache, name);
		return cache;
	}

	CachedResponse get(String key) {
		Entry entry = of(key).getIfPresent(key);
		return (entry != null && entry.generation() == this.generation.get()) ? entry.response() : null;
	}

	long generation() {
		return this.generation.get();
	}

	void putIfCurrent(String key, CachedResponse response, long readAt) {
		if (this.generation.get() == readAt) {
			of(key).put(key, new Entry(response, readAt));
		}
	}

	void evictAll() {
		this.generation.incrementAndGet();
		this.catalog.invalidateAll();
		this.searches.invalidateAll();
	}

	/** Entries held, after Caffeine's pending maintenance. */
	long size() {
		this.catalog.cleanUp();
		this.searches.cleanUp();
		return this.catalog.estimatedSize() + this.searches.estimatedSize();
	}

	private Cache<String, Entry> of(String key) {
		return (key.equals(CatalogReader.ALL) || key.startsWith(CatalogReader.COURSE)) ? this.catalog : this.searches;
	}

	private record Entry(CachedResponse response, long generation) {
	}

}
