package lms.course.catalog;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent loads of one key share the first caller's load; the others wait for its
 * outcome, value or exception. Without it every reader that misses at once (an entry aged
 * out under load) reloads the whole catalog: 256 readers of the 839 KB list ran
 * course-service out of heap in the system benchmark. Hand-written because the loads are
 * not cache fills: the caller decides afterwards whether the shared answer is fresh
 * enough for it (its event position) and where it is kept.
 */
final class SingleFlight<V> {

	private final ConcurrentHashMap<String, Flight<V>> running = new ConcurrentHashMap<>();

	/**
	 * The value of {@code loader}, run by this caller or by one already loading
	 * {@code key} since the same {@code generation} of the cache it fills: a caller that
	 * came after an eviction (a write on this instance moves the generation) never takes
	 * a load that began before it, whose answer may predate the write.
	 */
	Shared<V> load(String key, long generation, Supplier<V> loader) {
		return load(key + '@' + generation, loader);
	}

	/**
	 * The value of {@code loader}, run by this caller or by one already loading
	 * {@code key}.
	 */
	Shared<V> load(String key, Supplier<V> loader) {
		Flight<V> mine = new Flight<>(new CompletableFuture<>(), new AtomicInteger());
		Flight<V> theirs = this.running.putIfAbsent(key, mine);
		if (theirs != null) {
			theirs.joiners().incrementAndGet();
			return new Shared<>(join(theirs.outcome()), true);
		}
		try {
			V value = loader.get();
			mine.outcome().complete(value);
			return new Shared<>(value, false);
		}
		catch (RuntimeException | Error ex) {
			mine.outcome().completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.running.remove(key, mine);
		}
	}

	/**
	 * How many callers have joined the load of {@code key} now running (0 when none
	 * runs): what a test waits for instead of sleeping.
	 */
	int joiners(String key) {
		Flight<V> flight = this.running.get(key);
		return (flight != null) ? flight.joiners().get() : 0;
	}

	private static <V> V join(CompletableFuture<V> load) {
		try {
			return load.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private record Flight<V>(CompletableFuture<V> outcome, AtomicInteger joiners) {
	}

	/**
	 * @param value the load's outcome
	 * @param joined whether another caller's load produced it
	 */
	record Shared<V>(V value, boolean joined) {
	}

}
