package lms.course.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import lms.testkit.StubServer;

/**
 * media-service's upload port: answers 201 {@code {public_id, url}} for each upload,
 * records the bodies, or fails with a chosen status.
 */
public final class MediaStub extends StubServer {

	private final List<String> uploads = new CopyOnWriteArrayList<>();

	private final AtomicInteger failWith = new AtomicInteger();

	private final List<String> tokens = new CopyOnWriteArrayList<>();

	public MediaStub() {
		super("/internal/media/uploads");
	}

	public List<String> uploads() {
		return List.copyOf(this.uploads);
	}

	public void failWith(int status) {
		this.failWith.set(status);
	}

	public void recover() {
		this.failWith.set(0);
	}

	/** The bearer tokens the calls carried, in order. */
	public List<String> tokens() {
		return List.copyOf(this.tokens);
	}

	@Override
	protected void handle(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			reply(exchange, 401, "{\"success\":false,\"message\":\"Valid service credentials are required\"}");
			return;
		}
		this.tokens.add(authorization.substring("Bearer ".length()));
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		int failure = this.failWith.get();
		if (failure != 0) {
			reply(exchange, failure, "{\"success\":false,\"message\":\"Cloudinary is down\"}");
			return;
		}
		this.uploads.add(body);
		String folder = body.contains("layout-banner") ? "layout" : "courses";
		String publicId = folder + "/" + UUID.randomUUID();
		reply(exchange, 201,
				"{\"public_id\":\"" + publicId + "\",\"url\":\"https://res.cloudinary.test/" + publicId + ".png\"}");
	}

}
