package lms.kit.cache;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Answers kept in memory in two Caffeine caches bounded in size: the few every client
 * reads ({@code <name>}) apart from the many a client may make up, such as searches
 * ({@code <name>.searches}), so the latter can never push out the former; among those,
 * Caffeine's frequency-based admission keeps the ones asked again over the ones asked
 * once. A clear starts a new generation and an entry is served only if stored in the
 * current one, so an answer read before a clear is never served after it. Entries age out
 * after {@code maxAge}. Metrics: {@code cache.*} tagged {@code cache=<name>} and
 * {@code cache=<name>.searches}.
 *
 * @param <V> the answers
 */
public final class TieredAnswerCache<V> {

	private final Cache<String, Stored<V>> common;

	private final Cache<String, Stored<V>> searches;

	private final AtomicLong generation = new AtomicLong();

	/**
	 * @param name the metrics' cache name
	 * @param bounds how many answers of each kind, and how long
	 * @param ticker Caffeine's clock
	 * @param maintenance where Caffeine runs its maintenance (the caller's thread in
	 * tests)
	 * @param meters where the metrics go
	 */
	public TieredAnswerCache(String name, Bounds bounds, Ticker ticker, Executor maintenance, MeterRegistry meters) {
		this.common = cache(bounds.common(), bounds, ticker, maintenance);
		this.searches = cache(bounds.searches(), bounds, ticker, maintenance);
		CaffeineCacheMetrics.monitor(meters, this.common, name);
		CaffeineCacheMetrics.monitor(meters, this.searches, name + ".searches");
	}

	private static <V> Cache<String, Stored<V>> cache(int maximumSize, Bounds bounds, Ticker ticker,
			Executor maintenance) {
		return Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.expireAfterWrite(bounds.maxAge())
			.ticker(ticker)
			.executor(maintenance)
			.recordStats()
			.build();
	}

	public V get(String key, boolean search) {
		Stored<V> stored = of(search).getIfPresent(key);
		return (stored != null && stored.generation() == this.generation.get()) ? stored.answer() : null;
	}

	/** Read before computing an answer, then passed to {@link #putIfCurrent}. */
	public long generation() {
		return this.generation.get();
	}

	/** Keeps the answer unless the cache was cleared since {@code readAt}. */
	public void putIfCurrent(String key, boolean search, V answer, long readAt) {
		if (this.generation.get() == readAt) {
			of(search).put(key, new Stored<>(answer, readAt));
		}
	}

	public void clear() {
		this.generation.incrementAndGet();
		this.common.invalidateAll();
		this.searches.invalidateAll();
	}

	/** Answers of one kind held, after Caffeine's pending maintenance. */
	public long size(boolean search) {
		Cache<String, Stored<V>> cache = of(search);
		cache.cleanUp();
		return cache.estimatedSize();
	}

	private Cache<String, Stored<V>> of(boolean search) {
		return search ? this.searches : this.common;
	}

	/**
	 * @param common how many answers every client reads
	 * @param searches how many made-up answers, apart
	 * @param maxAge how long an answer is kept at most
	 */
	public record Bounds(int common, int searches, Duration maxAge) {
	}

	private record Stored<V>(V answer, long generation) {
	}

}
