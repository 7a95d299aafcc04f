package lms.gateway.catalogcache;

import java.time.Clock;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.cache.EventPosition;
import lms.kit.cache.EventPositionHolder;
import lms.kit.cache.TieredAnswerCache;

import org.springframework.messaging.Message;

/**
 * Public catalog answers kept at the edge by canonical key ({@link CatalogKey}): the full
 * list and single courses apart from searches and pages ({@link TieredAnswerCache},
 * metrics {@code gateway.catalog} and {@code gateway.catalog.searches}), so junk queries
 * can never push out the answers everyone reads. A course event clears everything; a
 * generation number keeps an answer fetched before the clear from being served after it.
 * And an answer is neither kept nor served unless it reflects every course event this
 * instance has read ({@link EventPosition}): course-service tells how far it had read
 * when it made the answer, and one that has not yet read an event this instance cleared
 * on could otherwise hand it the answer from before the edit. The maximum age (on the
 * application's clock) is only a guard for events missed while the consumer joins.
 */
class CatalogCache {

	static final String NAME = "gateway.catalog";

	private final TieredAnswerCache<CachedAnswer> answers;

	private final EventPositionHolder position = new EventPositionHolder();

	CatalogCache(CatalogCacheProperties properties, Clock clock, MeterRegistry meters) {
		this.answers = new TieredAnswerCache<>(NAME,
				new TieredAnswerCache.Bounds(properties.maxEntries(), properties.maxSearches(), properties.maxAge()),
				() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()), ForkJoinPool.commonPool(), meters);
	}

	CachedAnswer get(CatalogKey key) {
		CachedAnswer answer = this.answers.get(key.value(), key.search());
		return (answer != null && answer.position().covers(this.position.current())) ? answer : null;
	}

	long generation() {
		return this.answers.generation();
	}

	void put(CatalogKey key, CachedAnswer answer, long generation) {
		if (answer.position().covers(this.position.current())) {
			this.answers.putIfCurrent(key.value(), key.search(), answer, generation);
		}
	}

	void clear() {
		this.answers.clear();
	}

	/** A course event was read: no answer from before it is kept or served any more. */
	void clearAfter(Message<?> event) {
		this.position.advance(event);
		clear();
	}

	long size(boolean search) {
		return this.answers.size(search);
	}

}
