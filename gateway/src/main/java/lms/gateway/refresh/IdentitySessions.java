package lms.gateway.refresh;

import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * identity-service's internal refresh port: a refresh token in, a new access token (and,
 * when rotating, a new refresh token) out.
 */
class IdentitySessions {

	private final WebClient client;

	private final RefreshProperties properties;

	private final JsonMapper json;

	IdentitySessions(WebClient.Builder builder, RefreshProperties properties, JsonMapper json) {
		this.client = builder.baseUrl(properties.identityUrl()).build();
		this.properties = properties;
		this.json = json;
	}

	/**
	 * The new tokens; {@link RefreshRejectedException} on 401, any other failure as is.
	 */
	Mono<RefreshedTokens> refresh(String refreshToken, boolean rotate) {
		byte[] body = this.json.writeValueAsBytes(Map.of("refreshToken", refreshToken, "rotate", rotate));
		return this.client.post()
			.uri(this.properties.path())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.bodyToMono(byte[].class)
						.map((bytes) -> this.json.readValue(bytes, RefreshedTokens.class));
				}
				Mono<Void> drained = response.releaseBody();
				if (response.statusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
					return drained.then(Mono.error(new RefreshRejectedException()));
				}
				return drained.then(Mono.error(new IllegalStateException(
						"identity answered " + response.statusCode().value() + " to a refresh")));
			})
			.timeout(this.properties.timeout());
	}

}
