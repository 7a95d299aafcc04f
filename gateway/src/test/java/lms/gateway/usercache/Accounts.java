package lms.gateway.usercache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import lms.kit.cache.EventPosition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * identity's user routes as the gateway sees them: {@code me} answers the bearer's
 * account with the position in the user events a test sets, an update renames the bearer,
 * a logout ends the bearer's account for {@code me}, and a test may hold a {@code me}
 * answer until it lets it go.
 */
final class Accounts implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpServer server;

	private final Map<String, String> names = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

	private volatile String position = "";

	private volatile CountDownLatch held = new CountDownLatch(0);

	private volatile CountDownLatch arrived = new CountDownLatch(0);

	Accounts() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/api/v1/me", this::me);
		this.server.createContext("/api/v1/update-user-info", this::rename);
		this.server.createContext("/api/v1/logout", this::logout);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void name(String userId, String name) {
		this.names.put(userId, name);
	}

	void answerAtPosition(String position) {
		this.position = position;
	}

	int reads(String userId) {
		return this.reads.computeIfAbsent(userId, (key) -> new AtomicInteger()).get();
	}

	/** The next {@code me} waits until {@link #release()}; returns when it arrived. */
	CountDownLatch holdNext() {
		this.arrived = new CountDownLatch(1);
		this.held = new CountDownLatch(1);
		return this.arrived;
	}

	void release() {
		this.held.countDown();
	}

	private void me(HttpExchange exchange) throws IOException {
		String userId = bearer(exchange);
		String name = this.names.get(userId);
		String position = this.position;
		this.reads.computeIfAbsent(userId, (key) -> new AtomicInteger()).incrementAndGet();
		this.arrived.countDown();
		try {
			this.held.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (name == null) {
			answer(exchange, 401, "{\"success\":false,\"message\":\"Please login to access this resource\"}", "");
			return;
		}
		answer(exchange, 200, "{\"success\":true,\"user\":{\"_id\":\"" + userId + "\",\"name\":\"" + name + "\"}}",
				position);
	}

	private void rename(HttpExchange exchange) throws IOException {
		JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
		String userId = bearer(exchange);
		this.names.put(userId, body.path("name").asString());
		answer(exchange, 200, "{\"success\":true}", "");
	}

	private void logout(HttpExchange exchange) throws IOException {
		this.names.remove(bearer(exchange));
		answer(exchange, 200, "{\"success\":true,\"message\":\"Logged out successfully\"}", "");
	}

	private static String bearer(HttpExchange exchange) {
		String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
		byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
		return JSON.readTree(claims).path("sub").asString();
	}

	private static void answer(HttpExchange exchange, int status, String body, String position) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.getResponseHeaders().set(EventPosition.USER_HEADER, position);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
