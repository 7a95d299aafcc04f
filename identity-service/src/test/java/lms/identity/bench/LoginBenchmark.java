package lms.identity.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import lms.identity.IdentityApplication;
import lms.identity.password.PasswordHasher;
import lms.identity.password.PasswordProperties;
import lms.testkit.InfrastructureProperties;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Login throughput on this machine: the real service on the test kit's stand-ins, a
 * number of concurrent clients posting {@code /api/v1/login} for a fixed time. A
 * benchmark to run by hand, not a test: {@code java -cp <test classpath>
 * lms.identity.bench.LoginBenchmark [clients] [seconds]}.
 */
public final class LoginBenchmark {

	private LoginBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int clients = (args.length > 0) ? Integer.parseInt(args[0]) : 16;
		Duration duration = Duration.ofSeconds((args.length > 1) ? Long.parseLong(args[1]) : 15);
		Map<String, String> properties = new java.util.LinkedHashMap<>(InfrastructureProperties.embedded());
		properties.put("server.port", "0");
		properties.put("lms.identity.keys.directory", Files.createTempDirectory("bench-keys").toString());
		properties.put("lms.identity.demo-admin.email", "bench@lms.test");
		properties.put("lms.identity.demo-admin.password", "bench-password");
		// N clients sign one account in from one address: logins in flight count as
		// failures
		// until they succeed.
		properties.put("lms.identity.throttle.login.per-account-and-address.free", "1000000000");
		properties.put("lms.identity.throttle.login.per-account.free", "1000000000");
		properties.put("lms.identity.throttle.login.per-address.free", "1000000000");
		properties.put("logging.level.root", "WARN");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IdentityApplication.class)
			.run(InfrastructureProperties.asArguments(properties))) {
			hashCost(context.getBean(PasswordHasher.class), context.getBean(PasswordProperties.class));
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			run(URI.create("http://127.0.0.1:" + port + "/api/v1/login"), clients, Duration.ofSeconds(5));
			Result result = run(URI.create("http://127.0.0.1:" + port + "/api/v1/login"), clients, duration);
			System.out.printf("login: %d clients, %s: %d ok, %d failed, %.1f logins/s, p50 %d ms, p99 %d ms%n", clients,
					duration, result.ok(), result.failed(), result.ok() / (double) duration.toSeconds(),
					result.percentile(50), result.percentile(99));
		}
		System.exit(0);
	}

	/**
	 * One verification's cost, single-threaded, by the service's hasher and by Bouncy
	 * Castle.
	 */
	private static void hashCost(PasswordHasher hasher, PasswordProperties properties) {
		PasswordHasher portable = new PasswordHasher(new PasswordProperties(properties.memoryKib(),
				properties.iterations(), properties.minLength(), properties.maxLength(), false));
		String hash = hasher.hash("bench-password");
		System.out.printf(
				"argon2id %s: one verification %.1f ms by the service's hasher (native: %s), %.1f ms by"
						+ " Bouncy Castle (single thread, same run)%n",
				String.join("$", java.util.Arrays.copyOfRange(hash.split("\\$"), 1, 4)), verification(hasher, hash),
				hasher.isNative(), verification(portable, hash));
	}

	private static double verification(PasswordHasher hasher, String hash) {
		for (int i = 0; i < 10; i++) {
			hasher.matches("bench-password", hash);
		}
		long start = System.nanoTime();
		int rounds = 20;
		for (int i = 0; i < rounds; i++) {
			hasher.matches("bench-password", hash);
		}
		return (System.nanoTime() - start) / 1e6 / rounds;
	}

	private static Result run(URI uri, int clients, Duration duration) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"bench@lms.test\",\"password\":\"bench-password\"}"))
			.build();
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + duration.toNanos();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			for (int i = 0; i < clients; i++) {
				pool.submit(() -> {
					while (System.nanoTime() < end) {
						long start = System.nanoTime();
						try {
							int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
							(status == 200 ? ok : failed).incrementAndGet();
						}
						catch (Exception ex) {
							failed.incrementAndGet();
						}
						latencies.add((System.nanoTime() - start) / 1_000_000);
					}
					return null;
				});
			}
		}
		return new Result(ok.get(), failed.get(), latencies);
	}

	private record Result(int ok, int failed, List<Long> latencies) {

		long percentile(int p) {
			List<Long> sorted = new ArrayList<>(this.latencies);
			Collections.sort(sorted);
			return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
		}

	}

}
