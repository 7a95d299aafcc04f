package lms.media.api;

import java.util.LinkedHashMap;
import java.util.Map;

import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@link MediaUploads} over HTTP with this service's service token: media-service's 4xx
 * answers about the image pass through with their status and message; anything else (5xx,
 * refused credentials, timeout, no connection, no service token) becomes a 502/503 the
 * caller can show.
 */
public class MediaClient implements MediaUploads {

	public static final String PATH = "/internal/media/uploads";

	static final String UNAVAILABLE = "Image service unavailable, try again shortly";

	private static final Logger log = LoggerFactory.getLogger(MediaClient.class);

	private final RestClient rest;

	private final JsonMapper json;

	/**
	 * @param rest a client with media-service's base URL, time-outs and this service's
	 * credentials
	 */
	public MediaClient(RestClient rest, JsonMapper json) {
		this.rest = rest;
		this.json = json;
	}

	@Override
	public StoredImage upload(String file, String purpose, String ownerId) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("file", file);
		body.put("purpose", purpose);
		body.put("ownerId", ownerId);
		try {
			return this.rest.post()
				.uri(PATH)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(this.json.writeValueAsString(body))
				.exchange(
						(request, response) -> answer(response.getStatusCode().value(), response.bodyTo(String.class)));
		}
		catch (RestClientException | OAuth2AuthorizationException ex) {
			log.warn("media-service upload failed: {}", ex.toString());
			throw ApiException.unavailable(UNAVAILABLE);
		}
	}

	private StoredImage answer(int status, String body) {
		if (status == 200 || status == 201) {
			return stored(body);
		}
		if (status >= 400 && status < 500 && status != 401 && status != 403) {
			HttpStatus known = HttpStatus.resolve(status);
			throw new ApiException((known != null) ? known : HttpStatus.BAD_REQUEST, message(body));
		}
		log.warn("media-service answered {} to an upload", status);
		throw new ApiException((status == 503) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY, UNAVAILABLE);
	}

	private StoredImage stored(String body) {
		try {
			StoredImage image = this.json.readValue(body, StoredImage.class);
			if (image.publicId() != null && image.url() != null) {
				return image;
			}
		}
		catch (JacksonException | IllegalArgumentException ex) {
			log.warn("media-service answered an unreadable upload body: {}", ex.getMessage());
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
		catch (JacksonException | IllegalArgumentException ex) {
			// not the contract's shape: fall through to a generic message
		}
		return "Invalid image";
	}

}
