package lms.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Waits until every service answers UP on {@code /actuator/health/readiness}, and fails
 * with the end of a service's log when one dies or takes too long (the main prints it).
 */
final class HealthWaiter {

	private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

	private static final int TAIL_LINES = 40;

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(20);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	void awaitReady(Collection<ServiceProcess> services, Duration timeout) {
		List<ServiceProcess> pending = new ArrayList<>(services);
		long begin = System.nanoTime();
		long deadline = begin + timeout.toNanos();
		long nextReport = begin + PROGRESS_EVERY.toNanos();
		while (!pending.isEmpty()) {
			for (ServiceProcess service : List.copyOf(pending)) {
				failIfDead(service);
				if (isReady(service.managementUrl())) {
					Say.info(service.service().moduleName() + " is ready at " + service.url() + " after "
							+ Say.seconds(begin));
					pending.remove(service);
				}
			}
			long now = System.nanoTime();
			if (!pending.isEmpty() && now > deadline) {
				throw notReady(pending, timeout);
			}
			if (!pending.isEmpty() && now > nextReport) {
				Say.info(stillWaiting(pending, begin));
				nextReport = now + PROGRESS_EVERY.toNanos();
			}
			if (!pending.isEmpty()) {
				Poll.sleep(Duration.ofMillis(100));
			}
		}
	}

	/**
	 * A slow start on a busy machine looks like a hang; this line says it is not one.
	 */
	private static String stillWaiting(List<ServiceProcess> pending, long begin) {
		return "Still starting after " + Say.seconds(begin) + ": "
				+ pending.stream().map((service) -> service.service().moduleName()).collect(Collectors.joining(", "))
				+ " (load average " + MachineLoad.describe() + ")";
	}

	boolean isReady(String managementUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.GET()
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
			throw new LocalStackException("Interrupted while asking " + managementUrl, ex);
		}
	}

	private void failIfDead(ServiceProcess service) {
		if (!service.isAlive()) {
			throw new LocalStackException(describe(service, service.exitDescription() + " before it was ready"));
		}
	}

	private LocalStackException notReady(List<ServiceProcess> pending, Duration timeout) {
		String first = describe(pending.get(0),
				pending.get(0).service().moduleName() + " was not ready within " + timeout.toSeconds()
						+ " s (load average " + MachineLoad.describe() + "; --timeout=SECONDS waits longer)");
		String others = pending.stream()
			.skip(1)
			.map((service) -> describe(service, "also not ready: " + service.service().moduleName()))
			.collect(Collectors.joining(System.lineSeparator()));
		return new LocalStackException(others.isEmpty() ? first : first + System.lineSeparator() + others);
	}

	private String describe(ServiceProcess service, String reason) {
		return reason + ". Last lines of " + service.log() + ":" + System.lineSeparator() + service.tail(TAIL_LINES);
	}

}
