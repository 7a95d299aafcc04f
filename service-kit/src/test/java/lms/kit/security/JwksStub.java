package lms.kit.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jose.jwk.JWK;
import lms.testkit.SigningKey;

/**
 * Identity's JWKS endpoint on a free port: serves whatever keys it is given and counts
 * requests.
 */
public final class JwksStub implements AutoCloseable {

	public static final String PATH = "/.well-known/jwks.json";

	private final HttpServer server;

	private final AtomicReference<String> body = new AtomicReference<>("{\"keys\":[]}");

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger waiting = new AtomicInteger();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	private JwksStub(HttpServer server) {
		this.server = server;
	}

	public static JwksStub start(SigningKey... keys) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		JwksStub stub = new JwksStub(server);
		server.createContext(PATH, stub::handle);
		server.start();
		stub.publish(keys);
		return stub;
	}

	public void publish(SigningKey... keys) {
		publishJson(json(List.of(keys).stream().map((key) -> (JWK) key.jwk().toPublicJWK()).toList()));
	}

	public void publishJson(String json) {
		this.body.set(json);
	}

	public static String json(List<JWK> jwks) {
		return jwks.stream().map(JWK::toJSONString).collect(Collectors.joining(",", "{\"keys\":[", "]}"));
	}

	/** Identity hangs: every request waits, unanswered, until {@link #release()}. */
	public void hang() {
		this.gate = new CountDownLatch(1);
	}

	public void release() {
		this.gate.countDown();
	}

	/** Requests that arrived and are not answered yet. */
	public int waiting() {
		return this.waiting.get();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + PATH;
	}

	public int requests() {
		return this.requests.get();
	}

	/** Identity goes away: the port stops answering. */
	@Override
	public void close() {
		release();
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		this.waiting.incrementAndGet();
		try {
			this.gate.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.waiting.decrementAndGet();
		}
		byte[] bytes = this.body.get().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
