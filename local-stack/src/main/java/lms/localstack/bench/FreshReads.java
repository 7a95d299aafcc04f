package lms.localstack.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads several URLs at once, each in a loop on a thread of its own, until each answers
 * with a given text, and tells how long each took.
 */
final class FreshReads implements AutoCloseable {

	static final Duration WITHIN = Duration.ofSeconds(10);

	private final LmsClient client;

	private final List<String> urls;

	private final ExecutorService readers;

	private final long pauseNanos;

	/** With {@code pause} between two reads of one URL. */
	FreshReads(LmsClient client, List<String> urls, Duration pause) {
		this.client = client;
		this.urls = List.copyOf(urls);
		this.pauseNanos = pause.toNanos();
		this.readers = Executors.newFixedThreadPool(urls.size());
	}

	/**
	 * Per URL, in order: the time from {@code since} ({@link System#nanoTime()}) to its
	 * first {@code 200} containing {@code marker}; empty when that took over
	 * {@link #WITHIN}.
	 */
	List<Optional<Duration>> await(String marker, long since) {
		List<Future<Optional<Duration>>> futures = this.urls.stream()
			.map((url) -> this.readers.submit(() -> awaitOne(url, marker, since)))
			.toList();
		return futures.stream().map(FreshReads::result).toList();
	}

	private Optional<Duration> awaitOne(String url, String marker, long since) {
		long deadline = since + WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			LmsClient.Response response = this.client.get(url);
			if (response.status() == 200 && response.body().contains(marker)) {
				return Optional.of(Duration.ofNanos(System.nanoTime() - since));
			}
			LockSupport.parkNanos(this.pauseNanos);
		}
		return Optional.empty();
	}

	private static Optional<Duration> result(Future<Optional<Duration>> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Reading failed: " + ex.getCause(), ex.getCause());
		}
	}

	@Override
	public void close() {
		this.readers.shutdownNow();
	}

}
