package lms.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Raw HTTP calls for tests, so a test sends exactly the bytes a client would (malformed
 * JSON, oversized bodies) and sees exactly what comes back.
 */
public final class TestHttp {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Map<InetAddress, HttpClient> FROM_ADDRESS = new ConcurrentHashMap<>();

	private final String baseUrl;

	private final HttpClient client;

	private final Consumer<Response> check;

	public TestHttp(String baseUrl) {
		this(baseUrl, CLIENT);
	}

	/**
	 * Calls through a client of the caller's, e.g. one with a cookie jar.
	 * @param baseUrl prefixed to every path
	 * @param client the client that sends the requests
	 */
	public TestHttp(String baseUrl, HttpClient client) {
		this(baseUrl, client, (response) -> {
		});
	}

	private TestHttp(String baseUrl, HttpClient client, Consumer<Response> check) {
		this.baseUrl = baseUrl;
		this.client = client;
		this.check = check;
	}

	/**
	 * The same client, asserting something of every response it receives.
	 * @param check runs on each response before it is returned
	 * @return a checking client
	 */
	public TestHttp checking(Consumer<Response> check) {
		return new TestHttp(this.baseUrl, this.client, this.check.andThen(check));
	}

	/**
	 * Calls from another local address, e.g. {@code 127.0.0.2}: on Linux every address of
	 * 127.0.0.0/8 is the loopback, so one machine plays clients at different addresses.
	 * @param baseUrl prefixed to every path
	 * @param localAddress the address the client's sockets are bound to
	 * @return a client calling from that address
	 */
	public static TestHttp from(String baseUrl, String localAddress) {
		InetAddress address = InetAddress.ofLiteral(localAddress);
		return new TestHttp(baseUrl,
				FROM_ADDRESS.computeIfAbsent(address,
						(local) -> HttpClient.newBuilder()
							.version(HttpClient.Version.HTTP_1_1)
							.connectTimeout(Duration.ofSeconds(5))
							.localAddress(local)
							.build()));
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public Response postJson(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response postJson(String path, byte[] json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json)));
	}

	public Response putJson(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path, String... headers) {
		return send(request(path, headers).DELETE());
	}

	public Response options(String path, String... headers) {
		return send(request(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		return (headers.length > 0) ? builder.headers(headers) : builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> sent = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Response response = new Response(sent.statusCode(), sent.body(), sent);
			this.check.accept(response);
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A status, the body as text, and the full response for headers. */
	public record Response(int status, String body, HttpResponse<String> raw) {

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

}
