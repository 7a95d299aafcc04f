package lms.course.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Raw HTTP against one course-service instance, with an optional access token. */
public record Api(String baseUrl, String token) {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public Api as(String token) {
		return new Api(this.baseUrl, token);
	}

	public Reply get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public Reply post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Reply put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Reply delete(String path) {
		return send(request(path).DELETE());
	}

	public Reply delete(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		if (this.token != null) {
			builder.header("access-token", this.token);
		}
		return (headers.length > 0) ? builder.headers(headers) : builder;
	}

	private static Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A status, the raw body bytes and the headers. */
	public record Reply(int status, byte[] bytes, HttpResponse<byte[]> raw) {

		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

}
