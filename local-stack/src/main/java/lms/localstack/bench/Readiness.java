package lms.localstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Times starts: from the moment a JVM was launched to the first {@code UP} of its
 * readiness endpoint, asked every 10 ms, and the CPU time the JVM had used by then (on a
 * shared machine the wall time says how busy the others were, the CPU time what the start
 * itself cost).
 */
final class Readiness {

	private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

	private static final long POLL_NANOS = Duration.ofMillis(10).toNanos();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofMillis(500))
		.build();

	/**
	 * A launched JVM to watch.
	 *
	 * @param name how it is reported
	 * @param managementUrl where its Actuator answers (its management port)
	 * @param alive whether it still runs
	 * @param pid its process id
	 * @param launchedAt {@link System#nanoTime()} just before it was launched
	 */
	record Launched(String name, String managementUrl, BooleanSupplier alive, LongSupplier pid, long launchedAt) {
	}

	/**
	 * One start.
	 *
	 * @param wall launch → ready
	 * @param cpu the JVM's CPU time (user + system, all threads) when it was ready
	 */
	record Ready(Duration wall, Duration cpu) {
	}

	/** Launch → ready per name; fails when one dies or is not ready in time. */
	Map<String, Ready> await(List<Launched> launched, Duration timeout) {
		Map<String, Ready> ready = new LinkedHashMap<>();
		List<Launched> pending = new ArrayList<>(launched);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!pending.isEmpty()) {
			for (Launched jvm : List.copyOf(pending)) {
				if (isReady(jvm.managementUrl())) {
					Duration wall = Duration.ofNanos(System.nanoTime() - jvm.launchedAt());
					ready.put(jvm.name(), new Ready(wall, ProcessCpu.of(jvm.pid().getAsLong())));
					pending.remove(jvm);
				}
				else if (!jvm.alive().getAsBoolean()) {
					throw new IllegalStateException(jvm.name() + " exited before it was ready");
				}
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Not ready within " + timeout.toSeconds() + " s: "
						+ pending.stream().map(Launched::name).toList());
			}
			LockSupport.parkNanos(POLL_NANOS);
		}
		return ready;
	}

	boolean isReady(String managementUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && UP.matcher(response.body()).find();
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
