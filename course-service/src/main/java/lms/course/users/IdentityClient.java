package lms.course.users;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * identity-service's {@code GET /internal/users/{id}}: a live user, nothing when identity
 * says 404 (deleted or never existed), a 503 when identity does not answer properly.
 */
class IdentityClient {

	static final String PATH = "/internal/users/";

	static final String UNAVAILABLE = "User service unavailable, try again shortly";

	private static final Logger log = LoggerFactory.getLogger(IdentityClient.class);

	private final String baseUrl;

	private final IdentityClientProperties properties;

	private final HttpClient http;

	private final JsonMapper json;

	IdentityClient(IdentityClientProperties properties, JsonMapper json) {
		this.baseUrl = properties.url().replaceAll("/+$", "");
		this.properties = properties;
		this.json = json;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Optional<UserProfile> fetch(String userId) {
		HttpResponse<String> response = send(userId);
		int status = response.statusCode();
		if (status == 404) {
			return Optional.empty();
		}
		if (status != 200) {
			log.warn("identity-service answered {} for a user", status);
			throw ApiException.unavailable(UNAVAILABLE);
		}
		return Optional.of(profile(userId, response.body()));
	}

	private HttpResponse<String> send(String userId) {
		URI uri = URI.create(this.baseUrl + PATH + URLEncoder.encode(userId, StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.responseTimeout())
			.header("Accept", "application/json")
			.GET()
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			log.warn("identity-service unreachable: {}", ex.toString());
			throw ApiException.unavailable(UNAVAILABLE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ApiException.unavailable(UNAVAILABLE);
		}
	}

	private UserProfile profile(String userId, String body) {
		try {
			JsonNode user = this.json.readTree(body);
			String email = text(user.get("email"));
			if (email != null && userId.equals(text(user.get("_id")))) {
				JsonNode avatar = user.get("avatar");
				return new UserProfile(userId, email, text(user.get("name")),
						(avatar != null) ? text(avatar.get("url")) : null);
			}
		}
		catch (JacksonException ex) {
			log.warn("identity-service answered an unreadable user: {}", ex.getOriginalMessage());
		}
		log.warn("identity-service answered a user without id or email");
		throw ApiException.unavailable(UNAVAILABLE);
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString() && !node.asString().isBlank()) ? node.asString() : null;
	}

}
