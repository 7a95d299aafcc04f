package lms.identity.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Answers of a store kept in memory for at most a time to live, bounded in size, and
 * forgotten when the stored value changes. A load that overlaps a {@link #forget} is
 * answered but not kept: its read may predate the change (a forget counts up an epoch
 * before it invalidates; a load keeps its answer only if the epoch did not move while it
 * read). Absent answers (null) are never kept. Metrics {@code cache.*} tagged with the
 * cache's name.
 *
 * @param <V> the kind of answer
 */
public final class ReadThroughCache<V> {

	private final Cache<String, V> answers;

	private final boolean enabled;

	private final AtomicLong epoch = new AtomicLong();

	public ReadThroughCache(String name, Duration timeToLive, long maximumSize, MeterRegistry meters) {
		this.enabled = timeToLive.isPositive() && maximumSize > 0;
		this.answers = Caffeine.newBuilder()
			.maximumSize(Math.max(maximumSize, 0))
			.expireAfterWrite(this.enabled ? timeToLive : Duration.ofNanos(1))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.answers, name);
	}

	/** The answer for {@code key}, from memory or else read from {@code store}. */
	public V get(String key, Function<String, V> store) {
		if (!this.enabled) {
			return store.apply(key);
		}
		V known = this.answers.getIfPresent(key);
		if (known != null) {
			return known;
		}
		long before = this.epoch.get();
		V read = store.apply(key);
		if (read != null) {
			this.answers.put(key, read);
			if (this.epoch.get() != before) {
				this.answers.invalidate(key);
			}
		}
		return read;
	}

	/** Forgets {@code key} (its stored value changed or went away). */
	public void forget(String key) {
		this.epoch.incrementAndGet();
		this.answers.invalidate(key);
	}

	public void forgetAll(Iterable<String> keys) {
		this.epoch.incrementAndGet();
		this.answers.invalidateAll(keys);
	}

}
