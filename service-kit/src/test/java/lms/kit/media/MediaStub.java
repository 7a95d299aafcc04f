package lms.kit.media;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * media-service's upload port on a free port: answers a fixed status and body, records
 * request bodies, and can hang.
 */
final class MediaStub implements AutoCloseable {

	private final HttpServer server;

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private final CountDownLatch released = new CountDownLatch(1);

	private volatile int status = 201;

	private volatile String answer = "{}";

	private volatile Duration delay = Duration.ZERO;

	private MediaStub(HttpServer server) {
		this.server = server;
	}

	static MediaStub start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		MediaStub stub = new MediaStub(server);
		server.createContext(MediaClient.PATH, stub::handle);
		server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
		server.start();
		return stub;
	}

	void answer(int status, String body) {
		this.status = status;
		this.answer = body;
	}

	void delay(Duration delay) {
		this.delay = delay;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	List<String> bodies() {
		return this.bodies;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			if (!this.delay.isZero()) {
				this.released.await(this.delay.toMillis(), TimeUnit.MILLISECONDS);
			}
			byte[] body = this.answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.released.countDown();
		this.server.stop(0);
	}

}
