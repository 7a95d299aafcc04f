package lms.kit.media;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * {@link MediaUploads} over HTTP: media-service's 4xx answers pass through with their
 * status and message; anything else (5xx, timeout, no connection) becomes a 502/503 the
 * caller can show.
 */
public class MediaClient implements MediaUploads {

	public static final String PATH = "/internal/media/uploads";

	static final String UNAVAILABLE = "Image service unavailable, try again shortly";

	private static final Logger log = LoggerFactory.getLogger(MediaClient.class);

	private final URI uploadUri;

	private final Duration responseTimeout;

	private final HttpClient http;

	private final JsonMapper json;

	public MediaClient(URI baseUrl, Duration connectTimeout, Duration responseTimeout, JsonMapper json) {
		this.uploadUri = URI.create(baseUrl.toString().replaceAll("/+$", "") + PATH);
		this.responseTimeout = responseTimeout;
		this.json = json;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public StoredImage upload(String file, String purpose, String ownerId) {
		HttpResponse<String> response = send(body(file, purpose, ownerId));
		int status = response.statusCode();
		if (status == 200 || status == 201) {
			return stored(response.body());
		}
		if (status >= 400 && status < 500) {
			HttpStatus known = HttpStatus.resolve(status);
			throw new ApiException((known != null) ? known : HttpStatus.BAD_REQUEST, message(response.body()));
		}
		log.warn("media-service answered {} to an upload", status);
		throw new ApiException((status == 503) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY, UNAVAILABLE);
	}

	private String body(String file, String purpose, String ownerId) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("file", file);
		body.put("purpose", purpose);
		body.put("ownerId", ownerId);
		return this.json.writeValueAsString(body);
	}

	private HttpResponse<String> send(String body) {
		HttpRequest request = HttpRequest.newBuilder(this.uploadUri)
			.timeout(this.responseTimeout)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ApiException.unavailable(UNAVAILABLE);
		}
		catch (IOException ex) {
			log.warn("media-service upload failed: {}", ex.toString());
			throw ApiException.unavailable(UNAVAILABLE);
		}
	}

	private StoredImage stored(String body) {
		try {
			StoredImage image = this.json.readValue(body, StoredImage.class);
			if (image.publicId() != null && image.url() != null) {
				return image;
			}
		}
		catch (JacksonException ex) {
			log.warn("media-service answered an unreadable upload body: {}", ex.getOriginalMessage());
		}
		throw new ApiException(HttpStatus.BAD_GATEWAY, UNAVAILABLE);
	}

	private String message(String body) {
		try {
			JsonNode message = this.json.readTree(body).get("message");
			if (message != null && message.isString() && !message.asString().isBlank()) {
				return message.asString();
			}
		}
		catch (JacksonException ex) {
			// not the contract's shape: fall through to a generic message
		}
		return "Invalid image";
	}

}
