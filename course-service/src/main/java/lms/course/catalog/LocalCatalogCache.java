package lms.course.catalog;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.cache.TieredAnswerCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The in-process level: serialized answers by canonical key. The full list and single
 * courses are kept apart from searches and pages ({@link TieredAnswerCache}, metrics
 * {@code course.catalog} and {@code course.catalog.searches}), so no query, however many,
 * pushes them out. Every eviction starts a new generation, so an answer read before a
 * write is never served after it. Entries also age out, which bounds staleness should an
 * instance miss an event (e.g. one published while its consumer was still joining).
 */
@Component
class LocalCatalogCache {

	static final String NAME = "course.catalog";

	private final TieredAnswerCache<CachedResponse> answers;

	@Autowired
	LocalCatalogCache(CatalogProperties properties, MeterRegistry meters) {
		this(properties, meters, ForkJoinPool.commonPool());
	}

	/** With the executor Caffeine runs its maintenance on (the caller's in tests). */
	LocalCatalogCache(CatalogProperties properties, MeterRegistry meters, Executor maintenance) {
		this.answers = new TieredAnswerCache<>(NAME, new TieredAnswerCache.Bounds(properties.localMaxEntries(),
				properties.localMaxSearches(), properties.localMaxAge()), Ticker.systemTicker(), maintenance, meters);
	}

	CachedResponse get(String key) {
		return this.answers.get(key, isSearch(key));
	}

	long generation() {
		return this.answers.generation();
	}

	void putIfCurrent(String key, CachedResponse response, long readAt) {
		this.answers.putIfCurrent(key, isSearch(key), response, readAt);
	}

	void evictAll() {
		this.answers.clear();
	}

	long size() {
		return this.answers.size(false) + this.answers.size(true);
	}

	private static boolean isSearch(String key) {
		return !key.equals(CatalogReader.ALL) && !key.startsWith(CatalogReader.COURSE);
	}

}
