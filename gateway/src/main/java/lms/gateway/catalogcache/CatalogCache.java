package lms.gateway.catalogcache;

import java.time.Clock;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.cache.TieredAnswerCache;

/**
 * Public catalog answers kept at the edge by canonical key ({@link CatalogKey}): the full
 * list and single courses apart from searches and pages ({@link TieredAnswerCache},
 * metrics {@code gateway.catalog} and {@code gateway.catalog.searches}), so junk queries
 * can never push out the answers everyone reads. A course event clears everything; a
 * generation number keeps an answer fetched before the clear from being served after it.
 * The maximum age (on the application's clock) is only a guard for events missed while
 * the consumer joins.
 */
class CatalogCache {

	static final String NAME = "gateway.catalog";

	private final TieredAnswerCache<CachedAnswer> answers;

	CatalogCache(CatalogCacheProperties properties, Clock clock, MeterRegistry meters) {
		this.answers = new TieredAnswerCache<>(NAME,
				new TieredAnswerCache.Bounds(properties.maxEntries(), properties.maxSearches(), properties.maxAge()),
				() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()), ForkJoinPool.commonPool(), meters);
	}

	CachedAnswer get(CatalogKey key) {
		return this.answers.get(key.value(), key.search());
	}

	long generation() {
		return this.answers.generation();
	}

	void put(CatalogKey key, CachedAnswer answer, long generation) {
		this.answers.putIfCurrent(key.value(), key.search(), answer, generation);
	}

	void clear() {
		this.answers.clear();
	}

	long size(boolean search) {
		return this.answers.size(search);
	}

}
