package lms.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Raw HTTP for the identity tests, with the verbs the test kit's client lacks, from
 * 127.0.0.1 or from another loopback address (a client at another address, as identity
 * sees it).
 */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final InetAddress localAddress;

	public Http(String baseUrl) {
		this(baseUrl, null);
	}

	private Http(String baseUrl, InetAddress localAddress) {
		this.baseUrl = baseUrl;
		this.localAddress = localAddress;
	}

	/** The same calls from {@code address} (any of 127.0.0.0/8). */
	public Http from(String address) {
		return new Http(this.baseUrl, InetAddress.ofLiteral(address));
	}

	public Reply get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	public Reply post(String path, String json, String... headers) {
		return send("POST", path, json, headers);
	}

	public Reply postForm(String path, String form, String... headers) {
		String[] all = java.util.stream.Stream
			.concat(java.util.stream.Stream.of("Content-Type", "application/x-www-form-urlencoded"),
					java.util.Arrays.stream(headers))
			.toArray(String[]::new);
		return send("POST", path, form, false, all);
	}

	public Reply put(String path, String json, String... headers) {
		return send("PUT", path, json, headers);
	}

	public Reply delete(String path, String json, String... headers) {
		return send("DELETE", path, json, headers);
	}

	private Reply send(String method, String path, String json, String... headers) {
		return send(method, path, json, true, headers);
	}

	private Reply send(String method, String path, String json, boolean isJson, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null && isJson) {
			request.header("Content-Type", "application/json");
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			HttpResponse<String> response = (this.localAddress != null) ? sendFromLocalAddress(request.build())
					: CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

	/** One client per call: tests use many addresses, each used a few times. */
	private HttpResponse<String> sendFromLocalAddress(HttpRequest request) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.localAddress(this.localAddress)
			.build()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	/** A status, the body and the headers. */
	public record Reply(int status, String body, HttpResponse<String> raw) {

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		public List<String> cookies() {
			return this.raw.headers().allValues("Set-Cookie");
		}

		/** The value of a cookie this answer set. */
		public String cookie(String name) {
			return cookies().stream()
				.filter((cookie) -> cookie.startsWith(name + "="))
				.map((cookie) -> cookie.substring(name.length() + 1, cookie.indexOf(';')))
				.findFirst()
				.orElse(null);
		}

	}

}
