package lms.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole system locally until Ctrl-C. Options ({@code --key=value}, or system
 * properties {@code lms.local.<key>}):
 * <ul>
 * <li>{@code --data=.local} the data directory (MongoDB file, Kafka log, Redis AOF, keys,
 * media, mails, logs)</li>
 * <li>{@code --infra-only} Kafka, MongoDB, Redis and SMTP without the services</li>
 * <li>{@code --services=gateway,identity-service} only these services</li>
 * <li>{@code --random-ports}, or {@code --kafka-port}, {@code --mongo-port},
 * {@code --redis-port}, {@code --smtp-port}, {@code --<service>-port},
 * {@code --socket-io-port}</li>
 * <li>{@code --timeout=600} seconds each part may take to become ready</li>
 * <li>{@code --project-root=.} where the services' exec jars are built</li>
 * </ul>
 */
public final class LocalStackMain {

	private LocalStackMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		MainArguments arguments;
		try {
			arguments = MainArguments.parse(args, System.getProperties(), knownOptions());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		run(arguments);
	}

	private static void run(MainArguments arguments) throws InterruptedException {
		Path data = Path.of(arguments.value("data").orElse(".local")).toAbsolutePath().normalize();
		MainLogging.toFileIn(data.resolve("logs"));
		DemoAdmin admin = DemoAdminFile.loadOrCreate(data.resolve("demo-admin.txt"));
		LocalStackBuilder builder = LocalStack.builder()
			.dataDirectory(data)
			.ports(ports(arguments))
			.demoAdmin(admin)
			.readinessTimeout(arguments.number("timeout")
				.map(Duration::ofSeconds)
				.orElse(LocalStackBuilder.DEFAULT_READINESS_TIMEOUT));
		arguments.value("project-root").map(Path::of).ifPresent(builder::projectRoot);
		if (arguments.flag("infra-only")) {
			builder.infrastructureOnly();
		}
		else {
			arguments.value("services").map((names) -> names.split(",")).ifPresent(builder::services);
		}
		LocalStack stack;
		try {
			stack = builder.start();
		}
		catch (RuntimeException ex) {
			System.err
				.println("The local stack did not start (the reason is above); everything it started is stopped.");
			System.exit(1);
			return;
		}
		printSummary(stack, admin);
		new CountDownLatch(1).await();
	}

	private static Ports ports(MainArguments arguments) {
		Ports ports = arguments.flag("random-ports") ? Ports.randomFree() : Ports.defaults();
		ports = arguments.port("kafka-port").map(ports::withKafka).orElse(ports);
		ports = arguments.port("mongo-port").map(ports::withMongo).orElse(ports);
		ports = arguments.port("redis-port").map(ports::withRedis).orElse(ports);
		ports = arguments.port("smtp-port").map(ports::withSmtp).orElse(ports);
		ports = arguments.port("socket-io-port").map(ports::withNotificationSocketIo).orElse(ports);
		for (LmsService service : LmsService.values()) {
			Ports current = ports;
			ports = arguments.port(service.moduleName() + "-port")
				.map((port) -> current.withService(service, port))
				.orElse(ports);
		}
		return ports;
	}

	private static void printSummary(LocalStack stack, DemoAdmin admin) {
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add("The local stack is up.");
		if (!stack.options().services().isEmpty()) {
			lines.add("  Gateway:      " + stack.gatewayUrl());
			lines.add("  Swagger UI:   " + stack.gatewayUrl() + "/swagger-ui.html");
			lines.add("  Demo admin:   " + admin.email() + " / " + admin.password());
			lines.add("  Socket.IO:    " + stack.gatewayUrl().replace("http:", "ws:")
					+ "/socket.io/ (newNotification for admins)");
		}
		stack.paymentDeskUrl()
			.ifPresent((desk) -> lines
				.add("  Payments:     LOCAL STAND-IN for Stripe (no Stripe key set); mark PaymentIntents paid at "
						+ desk));
		if (stack.videoStandIn()) {
			lines.add("  Videos:       LOCAL STAND-IN for VdoCipher (no API secret set); OTPs are placeholders");
		}
		lines.add("  Kafka:        " + stack.kafkaBootstrap());
		lines.add("  MongoDB:      " + stack.mongoUri(""));
		lines.add("  Redis:        127.0.0.1:" + stack.redisPort());
		lines.add("  SMTP:         127.0.0.1:" + stack.smtpPort());
		lines.add("  Mails:        " + stack.mailFolder().index());
		lines.add("  Logs:         " + stack.options().logs());
		lines.add("  Data:         " + stack.dataDirectory());
		lines.add("Ctrl-C stops everything.");
		lines.forEach(System.out::println);
	}

	private static Set<String> knownOptions() {
		Set<String> known = new HashSet<>(Set.of("data", "infra-only", "services", "random-ports", "kafka-port",
				"mongo-port", "redis-port", "smtp-port", "socket-io-port", "timeout", "project-root"));
		Arrays.stream(LmsService.values()).forEach((service) -> known.add(service.moduleName() + "-port"));
		return known;
	}

}
