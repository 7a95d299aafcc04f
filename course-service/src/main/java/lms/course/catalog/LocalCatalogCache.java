package lms.course.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The in-process level: serialized answers by key. Every eviction empties it and starts a
 * new generation, so an answer read from an older generation is never stored. Entries
 * also age out, which bounds staleness should an instance miss an event (e.g. one
 * published while its consumer was still joining).
 */
@Component
class LocalCatalogCache {

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final int maxEntries;

	private final long maxAgeNanos;

	LocalCatalogCache(CatalogProperties properties) {
		this.maxEntries = properties.localMaxEntries();
		this.maxAgeNanos = properties.localMaxAge().toNanos();
	}

	CachedResponse get(String key) {
		Entry entry = this.entries.get(key);
		if (entry == null || System.nanoTime() - entry.storedAt() > this.maxAgeNanos) {
			return null;
		}
		return entry.response();
	}

	long generation() {
		return this.generation.get();
	}

	synchronized void putIfCurrent(String key, CachedResponse response, long readAt) {
		if (this.generation.get() != readAt) {
			return;
		}
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(response, System.nanoTime()));
	}

	synchronized void evictAll() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

	private record Entry(CachedResponse response, long storedAt) {
	}

}
