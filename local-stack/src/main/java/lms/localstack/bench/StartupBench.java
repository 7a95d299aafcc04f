package lms.localstack.bench;

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
 * without and with its class archive, then all five at once; and each one's idle RSS.
 */
final class StartupBench {

	private final LocalStack stack;

	private final BenchOptions options;

	private final Readiness readiness = new Readiness();

	/**
	 * Services for which no class archive could be dumped.
	 */
	private final Set<LmsService> unarchived = EnumSet.noneOf(LmsService.class);

	StartupBench(LocalStack stack, BenchOptions options) {
		this.stack = stack;
		this.options = options;
	}

	/** The markdown of this part, given how long the stack's first start took. */
	String run(Duration firstStart) {
		List<LmsService> services = services();
		Map<LmsService, Readiness.Ready> plain = new EnumMap<>(LmsService.class);
		Map<LmsService, Readiness.Ready> archived = new EnumMap<>(LmsService.class);
		this.unarchived.clear();
		for (LmsService service : services) {
			Progress.say("Start-up of " + service.moduleName() + " alone, without and with its class archive");
			this.stack.stopService(service);
			this.stack.service(service).forgetClassArchive();
			plain.put(service, startAlone(service));
			this.stack.service(service).archiveClasses();
			this.stack.stopService(service);
			if (!this.stack.service(service).hasClassArchive()) {
				this.unarchived.add(service);
			}
			archived.put(service, startAlone(service));
		}
		Progress.say("Start-up of all services at once");
		Map<LmsService, Readiness.Ready> together = startTogether(services);
		Progress.say("Idling " + this.options.idle().toSeconds() + " s before reading each service's RSS");
		Poll.sleep(this.options.idle());
		return table(services, plain, archived, together, firstStart);
	}

	private String table(List<LmsService> services, Map<LmsService, Readiness.Ready> plain,
			Map<LmsService, Readiness.Ready> archived, Map<LmsService, Readiness.Ready> together, Duration firstStart) {
		StringBuilder out = new StringBuilder();
		out.append("| service | ready, started alone (JDK's CDS only) | ready, started alone (+ its class archive) "
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
				.append(this.unarchived.contains(service) ? " (no archive could be dumped)" : "")
				.append(" | ")
				.append(seconds(together.get(service)))
				.append(" | ")
				.append(rssKib / 1024)
				.append(" MiB |\n");
		}
		out.append(
				"\nReady = `/actuator/health/readiness` answers UP (MongoDB, Redis and Kafka reachable), timed from ")
			.append("the launch of the JVM, asked every 10 ms; in brackets the JVM's CPU time (user + system) by then, ")
			.append("which a busy machine inflates far less than the wall time. \"Its class archive\" is the JDK's AOT cache ")
			.append("(`-XX:AOTCache`) the stack trains for each service (its context refreshed once in a JVM of its own). RSS is `VmRSS` of ")
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

	private Readiness.Ready startAlone(LmsService service) {
		return startTogether(List.of(service)).get(service);
	}

	private Map<LmsService, Readiness.Ready> startTogether(List<LmsService> services) {
		stopAll(services);
		List<Readiness.Launched> launched = new ArrayList<>();
		for (LmsService service : services) {
			ServiceProcess process = this.stack.service(service);
			long launchedAt = System.nanoTime();
			process.start();
			launched.add(new Readiness.Launched(service.moduleName(), process.managementUrl(), process::isAlive,
					() -> process.pid().orElse(-1), launchedAt));
		}
		Map<String, Readiness.Ready> ready = this.readiness.await(launched, this.options.timeout());
		Map<LmsService, Readiness.Ready> byService = new EnumMap<>(LmsService.class);
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

	private static String seconds(Readiness.Ready ready) {
		return seconds(ready.wall()) + " (CPU " + seconds(ready.cpu()) + ")";
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
	}

}
