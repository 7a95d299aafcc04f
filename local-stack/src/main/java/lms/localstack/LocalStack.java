package lms.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
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

	private final Infrastructure infrastructure;

	private final ServiceFleet services;

	private volatile LocalProviders providers;

	private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean closed = new AtomicBoolean();

	LocalStack(LocalStackOptions options) {
		this.options = options;
		this.infrastructure = new Infrastructure(options);
		this.services = new ServiceFleet(options);
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
			this.services.create(this.providers);
			requirePortsFree();
		}
		catch (RuntimeException ex) {
			this.providers.close();
			throw ex;
		}
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
		try {
			this.infrastructure.start();
			this.services.startAll();
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
		return this.infrastructure.kafkaBootstrap();
	}

	public String mongoUri(String database) {
		return this.infrastructure.mongoUri(database);
	}

	public int redisPort() {
		return this.infrastructure.redisPort();
	}

	public int smtpPort() {
		return this.infrastructure.smtpPort();
	}

	/**
	 * Every mail received so far, kept across SMTP restarts.
	 */
	public Mailbox mailbox() {
		return this.infrastructure.mailbox();
	}

	/**
	 * The running GreenMail; null while the SMTP server is stopped.
	 */
	public GreenMail greenMail() {
		return this.infrastructure.greenMail();
	}

	public MailFolder mailFolder() {
		return this.infrastructure.mailFolder();
	}

	public ServiceProcess service(String name) {
		return service(LmsService.of(name));
	}

	public ServiceProcess service(LmsService service) {
		return this.services.get(service);
	}

	/**
	 * The processes of the stack running now by name ({@code kafka}, {@code redis}, each
	 * service's module), to check what they really do (e.g. {@link ListeningSockets}).
	 */
	public Map<String, Long> processIds() {
		Map<String, Long> ids = new LinkedHashMap<>();
		this.infrastructure.kafka().pid().ifPresent((pid) -> ids.put("kafka", pid));
		this.infrastructure.redis().pid().ifPresent((pid) -> ids.put("redis", pid));
		this.services.all()
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
		return this.services.isReady(service);
	}

	/**
	 * Starts a stopped or killed service and waits until it is ready.
	 */
	public void startService(String name) {
		startService(LmsService.of(name));
	}

	public void startService(LmsService service) {
		this.services.start(service);
	}

	/**
	 * Starts one more instance of a running service on free ports, sharing this stack's
	 * MongoDB, Redis and Kafka as a scaled-out deployment would, with some settings
	 * changed (e.g. which course-service a second gateway proxies to), and waits until it
	 * is ready. It stops with the stack.
	 */
	public ServiceProcess startTwin(LmsService service, Map<String, String> settings) {
		return this.services.startTwin(service, settings);
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
		this.infrastructure.stopKafka();
	}

	public void startKafka() {
		this.infrastructure.startKafka();
	}

	public void stopMongo() {
		this.infrastructure.stopMongo();
	}

	public void startMongo() {
		this.infrastructure.startMongo();
	}

	public void stopRedis() {
		this.infrastructure.stopRedis();
	}

	public void startRedis() {
		this.infrastructure.startRedis();
	}

	public void stopSmtp() {
		this.infrastructure.stopSmtp();
	}

	public void startSmtp() {
		this.infrastructure.startSmtp();
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
		this.services.stopAll();
		if (this.providers != null) {
			Infrastructure.quietly("local providers", this.providers::close);
		}
		this.infrastructure.stop();
		Say.info("Stopped");
	}

	private void requirePortsFree() {
		List<Integer> used = new ArrayList<>(this.options.ports().infrastructure());
		used.addAll(this.services.ports());
		used.forEach((port) -> PortProbe.requireFree(port, "the local stack"));
	}

	private void removeShutdownHook() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down, maybe in this very hook
		}
	}

}
