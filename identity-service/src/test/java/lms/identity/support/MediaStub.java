package lms.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * media-service's upload port as a tiny local HTTP server: stores nothing, answers like
 * media-service (201 {@code {public_id, url}}), or fails with a chosen status.
 */
public final class MediaStub {

	private static MediaStub shared;

	private final HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger uploads = new AtomicInteger();

	private volatile int failWith;

	private MediaStub() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/internal/media/uploads", this::upload);
		this.server.start();
	}

	public static synchronized MediaStub shared() {
		if (shared == null) {
			shared = new MediaStub();
		}
		return shared;
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	public void failWith(int status) {
		this.failWith = status;
	}

	public void recover() {
		this.failWith = 0;
	}

	private void upload(HttpExchange exchange) throws IOException {
		this.requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		int status = this.failWith;
		String body;
		if (status != 0) {
			body = "{\"success\":false,\"message\":\"Upload failed\"}";
		}
		else {
			status = 201;
			int n = this.uploads.incrementAndGet();
			body = "{\"public_id\":\"avatars/a" + n + "\",\"url\":\"https://res.cloudinary.test/avatars/a" + n
					+ ".png\"}";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
