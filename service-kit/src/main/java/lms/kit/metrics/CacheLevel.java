package lms.kit.metrics;

import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hits and misses of one cache level as {@code cache.gets{cache=<name>,result=hit|miss}},
 * the very meters Micrometer's cache binders (Caffeine's included) register, so one query
 * gives the hit ratio of every level, whichever library backs it. Function counters like
 * theirs: a binder that later registers the same name on the same registry gets these
 * meters back instead of failing.
 */
public final class CacheLevel {

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private CacheLevel() {
	}

	public static CacheLevel register(MeterRegistry registry, String cache) {
		CacheLevel level = new CacheLevel();
		FunctionCounter.builder("cache.gets", level.hits, LongAdder::sum)
			.tags("cache", cache, "result", "hit")
			.description("The number of times cache lookup methods have returned a cached value.")
			.register(registry);
		FunctionCounter.builder("cache.gets", level.misses, LongAdder::sum)
			.tags("cache", cache, "result", "miss")
			.description(
					"The number of times cache lookup methods have returned an uncached (newly loaded) value, or null.")
			.register(registry);
		return level;
	}

	public void hit() {
		this.hits.increment();
	}

	public void miss() {
		this.misses.increment();
	}

	/** Counts a lookup by whether it found something. */
	public <T> T record(T found) {
		if (found != null) {
			hit();
		}
		else {
			miss();
		}
		return found;
	}

}
