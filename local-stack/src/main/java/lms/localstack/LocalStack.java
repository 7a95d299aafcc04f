package lms.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The whole system on one machine without Docker: a Kafka broker, the MongoDB stand-in,
 * Redis and an SMTP server, then the services as separate processes. Made by
 * {@link #builder()}; {@link #close()} (or the JVM's shutdown) stops everything in
 * reverse order.
 */
public final class LocalStack implements AutoCloseable {

	private final LocalStackOptions options;

	private final KafkaProcess kafka;

	private final MongoStandIn mongo;

	private final RedisProcess redis;

	private final Mailbox mailbox = new Mailbox();

	private final MailFolder mailFolder;

	private final MailCatcher smtp;

	private final Map<LmsService, ServiceProcess> services = Collections
		.synchronizedMap(new EnumMap<>(LmsService.class));

	private final HealthWaiter health = new HealthWaiter();

	private final List<ServiceProcess> twins = Collections.synchronizedList(new ArrayList<>());

	private volatile LocalProviders providers;

	private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean closed = new AtomicBoolean();

	LocalStack(LocalStackOptions options) {
		this.options = options;
		Path data = options.dataDirectory();
		Ports ports = options.ports();
		this.kafka = new KafkaProcess(data.resolve("kafka"), options.log("kafka"), ports.kafka(),
				ports.kafkaController());
		this.mongo = new MongoStandIn(data.resolve("mongo").resolve("lms.mv"), ports.mongo());
		this.redis = new RedisProcess(data.resolve("redis"), options.log("redis"), ports.redis());
		this.mailFolder = new MailFolder(data.resolve("mail"));
		this.smtp = new MailCatcher(ports.smtp(), this.mailbox, this.mailFolder);
	}

	public static LocalStackBuilder builder() {
		return new LocalStackBuilder();
	}

	/**
	 * Starts everything and returns when every service answers ready; on any failure
	 * stops what was started and throws.
	 */
	public LocalStack start() {
		if (!this.started.compareAndSet(false, true)) {
			throw new IllegalStateException("This local stack was already started");
		}
		this.providers = LocalProviders.start(this.options, System.getenv());
		try {
			this.services.putAll(createServices());
			requirePortsFree();
		}
		catch (RuntimeException ex) {
			this.providers.close();
			throw ex;
		}
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
		try {
			step("Kafka at " + kafkaBootstrap(), () -> this.kafka.start(this.options.readinessTimeout()));
			step("MongoDB stand-in at " + this.mongo.uri(""), this.mongo::start);
			step("Redis at 127.0.0.1:" + redisPort(), () -> this.redis.start(this.options.readinessTimeout()));
			step("SMTP at 127.0.0.1:" + smtpPort(), this.smtp::start);
			startServices();
			return this;
		}
		catch (RuntimeException ex) {
			if (!this.closed.get()) {
				Say.problem("Start failed: " + ex.getMessage());
				close();
			}
			throw ex;
		}
	}

	public LocalStackOptions options() {
		return this.options;
	}

	public Path dataDirectory() {
		return this.options.dataDirectory();
	}

	public Path logFile(String name) {
		return this.options.log(name);
	}

	public String gatewayUrl() {
		return serviceUrl(LmsService.GATEWAY);
	}

	public String serviceUrl(String name) {
		return serviceUrl(LmsService.of(name));
	}

	/**
	 * Where a service's Actuator answers (health, metrics): its management port, on
	 * 127.0.0.1.
	 */
	public String managementUrl(LmsService service) {
		return "http://127.0.0.1:" + this.options.ports().management(service);
	}

	public String serviceUrl(LmsService service) {
		return "http://127.0.0.1:" + this.options.ports().service(service);
	}

	/**
	 * The local payment provider's page where PaymentIntents are marked paid; present
	 * while it stands in for Stripe (course-service has no Stripe key).
	 */
	public Optional<String> paymentDeskUrl() {
		return (this.providers != null) ? this.providers.paymentDeskUrl() : Optional.empty();
	}

	/** Whether course-service asks a local stand-in, not VdoCipher, for video OTPs. */
	public boolean videoStandIn() {
		return this.providers != null && this.providers.videoStandIn();
	}

	public String kafkaBootstrap() {
		return this.kafka.bootstrap();
	}

	public String mongoUri(String database) {
		return this.mongo.uri(database);
	}

	public int redisPort() {
		return this.redis.port();
	}

	public int smtpPort() {
		return this.smtp.port();
	}

	/**
	 * Every mail received so far, kept across SMTP restarts.
	 */
	public Mailbox mailbox() {
		return this.mailbox;
	}

	/**
	 * The running GreenMail; null while the SMTP server is stopped.
	 */
	public GreenMail greenMail() {
		return this.smtp.greenMail();
	}

	public MailFolder mailFolder() {
		return this.mailFolder;
	}

	public ServiceProcess service(String name) {
		return service(LmsService.of(name));
	}

	public ServiceProcess service(LmsService service) {
		ServiceProcess process = this.services.get(service);
		if (process == null) {
			throw new IllegalArgumentException(
					service.moduleName() + " is not part of this stack (started: " + this.services.keySet() + ")");
		}
		return process;
	}

	/**
	 * The processes of the stack running now by name ({@code kafka}, {@code redis}, each
	 * service's module), to check what they really do (e.g. {@link ListeningSockets}).
	 */
	public Map<String, Long> processIds() {
		Map<String, Long> ids = new LinkedHashMap<>();
		this.kafka.pid().ifPresent((pid) -> ids.put("kafka", pid));
		this.redis.pid().ifPresent((pid) -> ids.put("redis", pid));
		this.services
			.forEach((service, process) -> process.pid().ifPresent((pid) -> ids.put(service.moduleName(), pid)));
		return ids;
	}

	/**
	 * Whether the service answers UP on its readiness endpoint right now.
	 */
	public boolean isReady(String name) {
		return isReady(LmsService.of(name));
	}

	public boolean isReady(LmsService service) {
		return this.health.isReady(managementUrl(service));
	}

	/**
	 * Starts a stopped or killed service and waits until it is ready.
	 */
	public void startService(String name) {
		startService(LmsService.of(name));
	}

	public void startService(LmsService service) {
		ServiceProcess process = service(service);
		process.start();
		this.health.awaitReady(List.of(process), this.options.readinessTimeout());
		process.archiveClasses();
	}

	/**
	 * Starts one more instance of a running service on free ports, sharing this stack's
	 * MongoDB, Redis and Kafka as a scaled-out deployment would, with some settings
	 * changed (e.g. which course-service a second gateway proxies to), and waits until it
	 * is ready. It stops with the stack.
	 */
	public ServiceProcess startTwin(LmsService service, Map<String, String> settings) {
		List<Integer> ports = FreePorts.pick(2);
		long running = this.twins.stream().filter((twin) -> twin.service() == service).count();
		String name = service.moduleName() + "-" + (running + 2);
		ServiceProcess twin = service(service).twin(ports.get(0), ports.get(1), settings, logFile(name));
		this.twins.add(twin);
		twin.start();
		this.health.awaitReady(List.of(twin), this.options.readinessTimeout());
		return twin;
	}

	/**
	 * Stops the service gracefully (SIGTERM), as an orchestrator would.
	 */
	public void stopService(String name) {
		stopService(LmsService.of(name));
	}

	public void stopService(LmsService service) {
		service(service).stop();
	}

	/**
	 * Kills the service like a crash would (SIGKILL).
	 */
	public void killService(String name) {
		killService(LmsService.of(name));
	}

	public void killService(LmsService service) {
		service(service).kill();
	}

	public void stopKafka() {
		this.kafka.stop();
	}

	public void startKafka() {
		this.kafka.start(this.options.readinessTimeout());
	}

	public void stopMongo() {
		this.mongo.stop();
	}

	public void startMongo() {
		this.mongo.start();
	}

	public void stopRedis() {
		this.redis.stop();
	}

	public void startRedis() {
		this.redis.start(this.options.readinessTimeout());
	}

	public void stopSmtp() {
		this.smtp.stop();
	}

	public void startSmtp() {
		this.smtp.start();
	}

	/**
	 * Stops the services (in parallel), then SMTP, Redis, MongoDB and Kafka. Safe to call
	 * more than once.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		removeShutdownHook();
		Say.info("Stopping");
		stopServices();
		if (this.providers != null) {
			quietly("local providers", this.providers::close);
		}
		quietly("SMTP", this.smtp::stop);
		quietly("Redis", this.redis::stop);
		quietly("MongoDB stand-in", this.mongo::stop);
		quietly("Kafka", this.kafka::stop);
		Say.info("Stopped");
	}

	private Map<LmsService, ServiceProcess> createServices() {
		ServiceJars jars = new ServiceJars(this.options.projectRoot());
		CodeSealingSecrets.rotate(dataDirectory());
		ServiceArguments contract = new ServiceArguments(this.options.ports(), dataDirectory(),
				this.options.demoAdmin(), ServiceSecrets.generate());
		Map<LmsService, ServiceProcess> created = new EnumMap<>(LmsService.class);
		jars.locateAll(this.options.services()).forEach((service, jar) -> {
			List<String> arguments = new ArrayList<>(contract.forService(service));
			if (service == LmsService.COURSE) {
				arguments.addAll(this.providers.courseArguments());
			}
			arguments.addAll(this.options.extraArgumentsFor(service));
			created.put(service,
					new ServiceProcess(service, this.options.ports().service(service),
							this.options.ports().management(service), jar, this.options.jvmOptionsFor(service),
							arguments, contract.environmentFor(service), dataDirectory(), logFile(service.moduleName()),
							this.options.classArchives()));
		});
		return created;
	}

	private void requirePortsFree() {
		Ports ports = this.options.ports();
		List<Integer> used = new ArrayList<>(ports.infrastructure());
		this.services.keySet().forEach((service) -> {
			used.add(ports.service(service));
			used.add(ports.management(service));
		});
		if (this.services.containsKey(LmsService.NOTIFICATION)) {
			used.add(ports.notificationSocketIo());
		}
		used.forEach((port) -> PortProbe.requireFree(port, "the local stack"));
	}

	private void startServices() {
		if (this.services.isEmpty()) {
			return;
		}
		Say.info("Starting " + this.services.keySet() + "; logs in " + this.options.logs());
		long begin = System.nanoTime();
		List<ServiceProcess> processes = List.copyOf(this.services.values());
		processes.forEach(ServiceProcess::start);
		this.health.awaitReady(processes, this.options.readinessTimeout());
		processes.forEach(ServiceProcess::archiveClasses);
		Say.info("All services ready in " + seconds(begin));
	}

	private void stopServices() {
		List<ServiceProcess> running = new ArrayList<>(this.twins);
		running.addAll(this.services.values());
		List<Thread> stopping = running.stream()
			.map((process) -> Thread.ofPlatform()
				.name("stop-" + process.service().moduleName())
				.start(() -> quietly(process.service().moduleName(), process::stop)))
			.toList();
		stopping.forEach(LocalStack::join);
	}

	private void removeShutdownHook() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down, maybe in this very hook
		}
	}

	private static void step(String what, Runnable action) {
		long begin = System.nanoTime();
		action.run();
		Say.info(what + " ready in " + seconds(begin));
	}

	private static void quietly(String what, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			Say.problem("Stopping " + what + " failed: " + ex);
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join(Duration.ofSeconds(60));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String seconds(long beginNanos) {
		return String.format("%.1f s", (System.nanoTime() - beginNanos) / 1e9);
	}

}
