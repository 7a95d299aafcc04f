package lms.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import lms.testkit.FreePorts;

/**
 * The stack's service processes: made from the options and this run's secrets, started
 * together and waited for, stopped in parallel.
 */
final class ServiceFleet {

	private final LocalStackOptions options;

	private final Map<LmsService, ServiceProcess> processes = Collections
		.synchronizedMap(new EnumMap<>(LmsService.class));

	private final List<ServiceProcess> twins = Collections.synchronizedList(new ArrayList<>());

	private final HealthWaiter health = new HealthWaiter();

	private final ExecutorService archiver = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("class-archives").factory());

	private final List<Future<?>> archiving = Collections.synchronizedList(new ArrayList<>());

	ServiceFleet(LocalStackOptions options) {
		this.options = options;
	}

	/** Makes one process per service the options name, not started yet. */
	void create(LocalProviders providers) {
		ServiceJars jars = new ServiceJars(this.options.projectRoot());
		CodeSealingSecrets.rotate(this.options.dataDirectory());
		ServiceArguments contract = new ServiceArguments(this.options.ports(), this.options.dataDirectory(),
				this.options.demoAdmin(), ServiceSecrets.generate());
		jars.locateAll(this.options.services()).forEach((service, jar) -> {
			List<String> arguments = new ArrayList<>(contract.forService(service));
			if (service == LmsService.COURSE) {
				arguments.addAll(providers.courseArguments());
			}
			arguments.addAll(this.options.extraArgumentsFor(service));
			this.processes.put(service,
					new ServiceProcess(service, this.options.ports().service(service),
							this.options.ports().management(service), jar, this.options.jvmOptionsFor(service),
							arguments, contract.environmentFor(service), this.options.dataDirectory(),
							this.options.log(service.moduleName()), this.options.classArchives()));
		});
	}

	/**
	 * The ports the services will bind: each one's own, its management port, Socket.IO.
	 */
	List<Integer> ports() {
		Ports ports = this.options.ports();
		List<Integer> used = new ArrayList<>();
		this.processes.keySet().forEach((service) -> {
			used.add(ports.service(service));
			used.add(ports.management(service));
		});
		if (this.processes.containsKey(LmsService.NOTIFICATION)) {
			used.add(ports.notificationSocketIo());
		}
		return used;
	}

	Set<LmsService> names() {
		return Set.copyOf(this.processes.keySet());
	}

	ServiceProcess get(LmsService service) {
		ServiceProcess process = this.processes.get(service);
		if (process == null) {
			throw new IllegalArgumentException(
					service.moduleName() + " is not part of this stack (started: " + this.processes.keySet() + ")");
		}
		return process;
	}

	Map<LmsService, ServiceProcess> all() {
		synchronized (this.processes) {
			return Map.copyOf(this.processes);
		}
	}

	/** Launches every service at once and returns when all answer ready. */
	void startAll() {
		if (this.processes.isEmpty()) {
			return;
		}
		Say.info("Starting " + this.processes.keySet() + "; logs in " + this.options.logs());
		long begin = System.nanoTime();
		List<ServiceProcess> started = List.copyOf(all().values());
		started.forEach(ServiceProcess::start);
		this.health.awaitReady(started, this.options.readinessTimeout());
		Say.info("All services ready in " + Say.seconds(begin));
		started.forEach(this::archiveLater);
	}

	/** Starts a stopped or killed service and waits until it is ready. */
	void start(LmsService service) {
		ServiceProcess process = get(service);
		process.start();
		this.health.awaitReady(List.of(process), this.options.readinessTimeout());
		archiveLater(process);
	}

	/**
	 * Class archives are trained one at a time in the background, so a first start is
	 * ready as soon as its services are, and stopping the stack cancels what is left.
	 */
	private void archiveLater(ServiceProcess process) {
		this.archiving.add(this.archiver.submit(process::archiveClasses));
	}

	/**
	 * Starts one more instance of a running service on free ports; it stops with the
	 * others.
	 */
	ServiceProcess startTwin(LmsService service, Map<String, String> settings) {
		List<Integer> ports = List.of(FreePorts.pickBelowEphemeral(), FreePorts.pickBelowEphemeral());
		long running = this.twins.stream().filter((twin) -> twin.service() == service).count();
		String name = service.moduleName() + "-" + (running + 2);
		ServiceProcess twin = get(service).twin(ports.get(0), ports.get(1), settings, this.options.log(name));
		this.twins.add(twin);
		twin.start();
		this.health.awaitReady(List.of(twin), this.options.readinessTimeout());
		return twin;
	}

	boolean isReady(LmsService service) {
		return this.health.isReady("http://127.0.0.1:" + this.options.ports().management(service));
	}

	/** Stops every service at once (each gracefully, as an orchestrator would). */
	void stopAll() {
		synchronized (this.archiving) {
			this.archiving.forEach((training) -> training.cancel(true));
			this.archiving.clear();
		}
		List<ServiceProcess> running = new ArrayList<>(this.twins);
		running.addAll(all().values());
		List<Thread> stopping = running.stream()
			.map((process) -> Thread.ofPlatform()
				.name("stop-" + process.service().moduleName())
				.start(() -> Infrastructure.quietly(process.service().moduleName(), process::stop)))
			.toList();
		stopping.forEach(ServiceFleet::join);
	}

	private static void join(Thread thread) {
		try {
			thread.join(Duration.ofSeconds(60));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
