package lms.course.users;

import java.util.Optional;

import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * identity-service's {@code GET /internal/users/{id}}: a live user, nothing when identity
 * says 404 (deleted or never existed), a 503 when identity does not answer properly (or
 * refuses course-service's credentials, or no service token can be had).
 */
class IdentityClient {

	static final String PATH = "/internal/users/{id}";

	static final String UNAVAILABLE = "User service unavailable, try again shortly";

	private static final Logger log = LoggerFactory.getLogger(IdentityClient.class);

	private final RestClient rest;

	private final JsonMapper json;

	/**
	 * @param rest a client with identity's base URL, time-outs and course-service's
	 * credentials
	 */
	IdentityClient(RestClient rest, JsonMapper json) {
		this.rest = rest;
		this.json = json;
	}

	Optional<UserProfile> fetch(String userId) {
		try {
			return this.rest.get()
				.uri(PATH, userId)
				.accept(MediaType.APPLICATION_JSON)
				.exchange((request, response) -> answer(userId, response.getStatusCode().value(),
						response.bodyTo(String.class)));
		}
		catch (RestClientException | OAuth2AuthorizationException ex) {
			log.warn("identity-service unreachable: {}", ex.toString());
			throw ApiException.unavailable(UNAVAILABLE);
		}
	}

	private Optional<UserProfile> answer(String userId, int status, String body) {
		if (status == 404) {
			return Optional.empty();
		}
		if (status != 200) {
			log.warn("identity-service answered {} for a user", status);
			throw ApiException.unavailable(UNAVAILABLE);
		}
		return Optional.of(profile(userId, body));
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
		catch (JacksonException | IllegalArgumentException ex) {
			log.warn("identity-service answered an unreadable user: {}", ex.getMessage());
		}
		log.warn("identity-service answered a user without id or email");
		throw ApiException.unavailable(UNAVAILABLE);
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString() && !node.asString().isBlank()) ? node.asString() : null;
	}

}
