package lms.localstack.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lms.localstack.LmsService;
import lms.localstack.Poll;
import lms.localstack.LocalStack;
import lms.localstack.ServiceProcess;

/**
 * Each service's start-up time (launch → ready) started alone while the others idle,
 * without and with its CDS archive, then all five at once; and each one's idle RSS.
 */
final class StartupBench {

	private final LocalStack stack;

	private final BenchOptions options;

	private final Readiness readiness = new Readiness();

	/**
	 * Services whose stop was forced, so that they wrote no archive for the next start.
	 */
	private final Set<LmsService> unarchived = EnumSet.noneOf(LmsService.class);

	StartupBench(LocalStack stack, BenchOptions options) {
		this.stack = stack;
		this.options = options;
	}

	/** The markdown of this part, given how long the stack's first start took. */
	String run(Duration firstStart) {
		List<LmsService> services = services();
		Map<LmsService, Duration> plain = new EnumMap<>(LmsService.class);
		Map<LmsService, Duration> archived = new EnumMap<>(LmsService.class);
		this.unarchived.clear();
		for (LmsService service : services) {
			Progress.say("Start-up of " + service.moduleName() + " alone, without and with its CDS archive");
			this.stack.stopService(service);
			deleteArchive(service);
			plain.put(service, startAlone(service));
			this.stack.stopService(service);
			if (!Files.exists(archive(service))) {
				unarchived.add(service);
			}
			archived.put(service, startAlone(service));
		}
		Progress.say("Start-up of all services at once");
		Map<LmsService, Duration> together = startTogether(services);
		Progress.say("Idling " + this.options.idle().toSeconds() + " s before reading each service's RSS");
		Poll.sleep(this.options.idle());
		return table(services, plain, archived, together, firstStart);
	}

	private String table(List<LmsService> services, Map<LmsService, Duration> plain, Map<LmsService, Duration> archived,
			Map<LmsService, Duration> together, Duration firstStart) {
		StringBuilder out = new StringBuilder();
		out.append("| service | ready, started alone (JDK's CDS only) | ready, started alone (+ its own CDS archive) "
				+ "| ready, all five started at once (+ archives) | idle RSS |\n");
		out.append("|---|---|---|---|---|\n");
		for (LmsService service : services) {
			long rssKib = ServiceJvm.find(service.moduleName(), this.stack.options().ports().service(service)).rssKib();
			out.append("| ")
				.append(service.moduleName())
				.append(" | ")
				.append(seconds(plain.get(service)))
				.append(" | ")
				.append(seconds(archived.get(service)))
				.append(this.unarchived.contains(service) ? " (no archive: its stop was forced)" : "")
				.append(" | ")
				.append(seconds(together.get(service)))
				.append(" | ")
				.append(rssKib / 1024)
				.append(" MiB |\n");
		}
		out.append(
				"\nReady = `/actuator/health/readiness` answers UP (MongoDB, Redis and Kafka reachable), timed from ")
			.append("the launch of the JVM, asked every 10 ms. \"Its own CDS archive\" is the dynamic archive the stack ")
			.append("has each JVM write at exit (`-XX:+AutoCreateSharedArchive`). RSS is `VmRSS` of ")
			.append("`/proc/<pid>/status` after ")
			.append(this.options.idle().toSeconds())
			.append(" s idle following the all-at-once start. The stack's very first start (Kafka, MongoDB ")
			.append("stand-in, Redis, SMTP, then the five services at once without archives) took ")
			.append(seconds(firstStart))
			.append(".\n");
		return out.toString();
	}

	private List<LmsService> services() {
		return this.stack.options().services().stream().sorted().toList();
	}

	private Duration startAlone(LmsService service) {
		return startTogether(List.of(service)).get(service);
	}

	private Map<LmsService, Duration> startTogether(List<LmsService> services) {
		stopAll(services);
		List<Readiness.Launched> launched = new ArrayList<>();
		for (LmsService service : services) {
			ServiceProcess process = this.stack.service(service);
			long launchedAt = System.nanoTime();
			process.start();
			launched.add(new Readiness.Launched(service.moduleName(), process.managementUrl(), process::isAlive,
					launchedAt));
		}
		Map<String, Duration> ready = this.readiness.await(launched, this.options.timeout());
		Map<LmsService, Duration> byService = new EnumMap<>(LmsService.class);
		ready.forEach((name, duration) -> byService.put(LmsService.of(name), duration));
		return byService;
	}

	private void stopAll(List<LmsService> services) {
		List<Thread> stopping = services.stream()
			.map((service) -> Thread.ofPlatform().start(() -> this.stack.stopService(service)))
			.toList();
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while stopping services", ex);
			}
		}
	}

	private void deleteArchive(LmsService service) {
		try {
			Files.deleteIfExists(archive(service));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path archive(LmsService service) {
		return this.stack.dataDirectory().resolve("cds").resolve(service.moduleName() + ".jsa");
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
	}

}
