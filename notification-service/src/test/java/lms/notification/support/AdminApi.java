package lms.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raw HTTP calls to this service as the admin dashboard makes them.
 */
public record AdminApi(String baseUrl, JsonMapper json) {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public Reply get(String path, String token) {
		return send(request(path, token).GET());
	}

	public Reply put(String path, String token) {
		return send(request(path, token).PUT(HttpRequest.BodyPublishers.noBody()));
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		return (token != null) ? builder.header("Authorization", "Bearer " + token) : builder;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), this.json.readTree(response.body()),
					response.headers().firstValue("Cache-Control").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A status, the JSON body and its Cache-Control header. */
	public record Reply(int status, JsonNode body, String cacheControl) {

		public String message() {
			return this.body.path("message").asString();
		}

	}

}
