package lms.localstack.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

import lms.localstack.DemoAdmin;
import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.localstack.LocalStackBuilder;
import lms.localstack.Ports;

/**
 * The Java half of {@code bench/system.sh}. Starts the local stack on the default ports
 * with the benchmark's JVM options and the per-IP limits off, measures start-up and idle
 * memory, then writes {@code report/stack.env} and {@code report/ready} and waits for a
 * line on standard input while the script runs its load tests. On that line it measures
 * eviction and the activation mail, writes {@code report/done} and stops everything; at
 * the end of standard input it stops at once. Each part's markdown goes to
 * {@code report/<part>.md}. With {@code --only=eviction} (or {@code mail}) it measures
 * that row at once and stops; with {@code --random-ports=true} nothing binds the default
 * ports, so it can run beside another stack.
 */
public final class SystemBenchMain {

	private static final String NO_LIMIT = "1000000000";

	private SystemBenchMain() {
	}

	public static void main(String[] args) {
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		int status = 0;
		try {
			run(options);
		}
		catch (RuntimeException ex) {
			Progress.say("Failed: " + firstLine(ex) + " (the logs are in " + options.data().resolve("logs") + ")");
			status = 1;
		}
		System.exit(status);
	}

	private static void run(BenchOptions options) {
		Path report = options.data().resolve("report");
		DemoAdmin admin = new DemoAdmin("admin@lms.local", "Bench-" + HexFormat.of().formatHex(randomBytes()),
				"Bench Admin");
		Progress.say("Starting the local stack on the " + (options.randomPorts() ? "free" : "default")
				+ " ports, services with " + options.jvmOptions() + ", the gateway then with "
				+ LmsService.GATEWAY.heapOptions());
		long begin = System.nanoTime();
		try (LocalStack stack = builder(options, admin).start()) {
			Duration firstStart = Duration.ofNanos(System.nanoTime() - begin);
			if (options.only().isPresent()) {
				measureAlone(options.only().get(), stack, admin, options, report);
				return;
			}
			part(report, "startup", () -> new StartupBench(stack, options).run(firstStart));
			write(report.resolve("stack.env"),
					"ADMIN_EMAIL='" + admin.email() + "'\nADMIN_PASSWORD='" + admin.password() + "'\n");
			write(report.resolve("ready"), "");
			Progress.say("Ready for the load tests; waiting for the script");
			if (!awaitLine()) {
				Progress.say("The script went away; stopping");
				return;
			}
			LmsClient client = new LmsClient();
			part(report, "eviction", () -> new EvictionBench(stack, client, admin, options).run());
			part(report, "mail", () -> new MailBench(stack, client, options).run());
			write(report.resolve("done"), "");
		}
	}

	private static void measureAlone(BenchOptions.Part only, LocalStack stack, DemoAdmin admin, BenchOptions options,
			Path report) {
		LmsClient client = new LmsClient();
		Supplier<String> measure = switch (only) {
			case EVICTION -> {
				createCourses(stack, client, admin, options.courses());
				yield () -> new EvictionBench(stack, client, admin, options).run();
			}
			case MAIL -> () -> new MailBench(stack, client, options).run();
		};
		part(report, only.label(), measure);
		write(report.resolve("done"), "");
	}

	private static void createCourses(LocalStack stack, LmsClient client, DemoAdmin admin, int count) {
		Progress.say("Creating " + count + " courses");
		String token = twice(() -> client.login(stack.gatewayUrl(), admin.email(), admin.password()));
		for (int i = 1; i <= count; i++) {
			String name = "Catalog course " + i;
			twice(() -> client.createCourse(stack.gatewayUrl(), token, name));
		}
	}

	/**
	 * Once more after a failure: a freshly started stack may answer its first requests on
	 * pooled connections the other side already closed.
	 */
	private static <T> T twice(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (IllegalStateException ex) {
			Progress.say("Retrying after: " + firstLine(ex));
			return call.get();
		}
	}

	private static LocalStackBuilder builder(BenchOptions options, DemoAdmin admin) {
		LocalStackBuilder builder = LocalStack.builder();
		// No class archives: JDK 25.0.3 crashed identity-service twice here (SIGSEGV in
		// find_lambda_proxy_class) soon after its archive was dumped from the running
		// process.
		options.only().ifPresent((only) -> builder.services(only.services()).classArchives(false));
		return builder.dataDirectory(options.data())
			.ports(options.randomPorts() ? Ports.randomFree() : Ports.defaults())
			.jvmOptions(options.jvmOptions())
			.demoAdmin(admin)
			.argumentsForAll(options.serviceArguments().toArray(String[]::new))
			.readinessTimeout(options.timeout())
			// One load generator is one client address: per-address limits would refuse
			// almost
			// all, and 16 logins of one account in flight at once count as failures until
			// they
			// succeed.
			.arguments(LmsService.GATEWAY, "--lms.gateway.rate-limits.enabled=false")
			.arguments(LmsService.IDENTITY, liftedLimits());
	}

	/**
	 * identity's limits with every per-address count and the login failure counts lifted;
	 * the per-email ones stay as configured.
	 */
	static String[] liftedLimits() {
		String throttle = "--lms.identity.throttle.";
		return new String[] { throttle + "login.per-account-and-address.free=" + NO_LIMIT,
				throttle + "login.per-account.free=" + NO_LIMIT, throttle + "login.per-address.free=" + NO_LIMIT,
				throttle + "registration.per-address.capacity=" + NO_LIMIT };
	}

	/**
	 * Runs one part; a failure becomes its report so that the other parts still count.
	 */
	private static void part(Path report, String name, Supplier<String> measure) {
		String markdown;
		try {
			markdown = measure.get();
		}
		catch (RuntimeException ex) {
			Progress.say(name + " failed: " + firstLine(ex));
			markdown = "**Not measured: " + firstLine(ex) + "**\n";
		}
		write(report.resolve(name + ".md"), markdown);
	}

	private static String firstLine(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	private static boolean awaitLine() {
		try {
			return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[9];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
