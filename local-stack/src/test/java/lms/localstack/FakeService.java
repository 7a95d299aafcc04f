package lms.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a service's exec jar in tests: prints its arguments and whether it got a
 * service-client secret (never the secret), and answers UP on the readiness endpoint at
 * {@code --management.server.port} (Actuator's own port). Uses the JDK only, as it runs
 * from a jar of its own.
 */
public final class FakeService {

	private FakeService() {
	}

	public static void main(String[] args) throws IOException {
		if ("onRefresh".equals(System.getProperty("spring.context.exit"))) {
			// a training run, as Spring ends one once the context has refreshed
			System.exit(Arrays.asList(args).contains("--fail-on-refresh") ? 3 : 0);
		}
		System.out.println("arguments " + String.join(" ", args));
		System.out.println("service-client secret "
				+ ((System.getenv("LMS_SECURITY_SERVICECLIENT_SECRET") != null) ? "present" : "absent"));
		int port = Arrays.stream(args)
			.filter((arg) -> arg.startsWith("--management.server.port="))
			.map((arg) -> Integer.parseInt(arg.substring("--management.server.port=".length())))
			.findFirst()
			.orElseThrow();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		server.createContext("/actuator/health/readiness", (exchange) -> {
			byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

}
