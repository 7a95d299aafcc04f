package lms.media.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of media-service's upload port, published by media-service in this test
 * artifact: one WireMock mapping a file under {@code lms/media/api/contract/}. Each
 * mapping carries in its metadata an example request it matches and, for answers that
 * vary (stored ids and URLs), a pattern per field; consumers stub the port with the
 * mappings ({@link MediaStub}), media-service replays the examples against its real
 * controller and expects the mapped answers.
 */
public final class MediaContract {

	private static final String LOCATION = "classpath*:lms/media/api/contract/*.json";

	private MediaContract() {
	}

	public static List<StubMapping> mappings() {
		return files().values().stream().map(StubMapping::buildFrom).toList();
	}

	public static List<Interaction> interactions() {
		return files().values().stream().map(MediaContract::interaction).toList();
	}

	private static Interaction interaction(String mapping) {
		JsonNode root = JsonMapper.shared().readTree(mapping);
		JsonNode example = root.path("metadata").path("example");
		Map<String, String> variable = new LinkedHashMap<>();
		root.path("metadata")
			.path("variable")
			.properties()
			.forEach((e) -> variable.put(e.getKey(), e.getValue().asString()));
		return new Interaction(root.path("name").asString(), example.path("authorized").asBoolean(),
				example.path("body").toString(), root.path("response").path("status").asInt(), Map.copyOf(variable));
	}

	private static Map<String, String> files() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(resources, (a, b) -> a.getFilename().compareTo(b.getFilename()));
			Map<String, String> files = new LinkedHashMap<>();
			for (Resource resource : resources) {
				files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
			}
			if (files.isEmpty()) {
				throw new IllegalStateException("No media contract mappings at " + LOCATION);
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One request of the contract and the answer it gets.
	 *
	 * @param name what the mapping promises
	 * @param authorized whether the example carries a valid service token
	 * @param requestBody the example's JSON body
	 * @param status the answer's status
	 * @param variable answer fields that vary per call, with the pattern each must match;
	 * every other field of the answer is fixed
	 */
	public record Interaction(String name, boolean authorized, String requestBody, int status,
			Map<String, String> variable) {

		/**
		 * Sends the example to {@code baseUrl}, with {@code serviceToken} if authorized.
		 */
		public Answer replay(String baseUrl, String serviceToken) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + MediaClient.PATH))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(this.requestBody));
			if (this.authorized) {
				request.header("Authorization", "Bearer " + serviceToken);
			}
			try (HttpClient http = HttpClient.newHttpClient()) {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				return new Answer(response.statusCode(), JsonMapper.shared().readTree(response.body()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * Asserts that {@code actual} is the answer the contract promises: the mapped
		 * status, the fields of the stub's answer {@code stubbed} and no others, equal
		 * where fixed and matching their pattern where variable.
		 */
		public void assertHonouredBy(Answer actual, Answer stubbed) {
			assertThat(stubbed.status()).as("stub's status for %s", this.name).isEqualTo(this.status);
			assertThat(actual.status()).as("status for %s (%s)", this.name, actual.body()).isEqualTo(this.status);
			assertThat(names(actual.body())).as("fields for %s", this.name).isEqualTo(names(stubbed.body()));
			stubbed.body().properties().forEach((field) -> {
				String pattern = this.variable.get(field.getKey());
				JsonNode value = actual.body().get(field.getKey());
				if (pattern != null) {
					assertThat(value.asString()).as(field.getKey()).matches(pattern);
					assertThat(field.getValue().asString()).as("stubbed " + field.getKey()).matches(pattern);
				}
				else {
					assertThat(value).as(field.getKey()).isEqualTo(field.getValue());
				}
			});
		}

		private static Set<String> names(JsonNode body) {
			return Set.copyOf(body.propertyNames());
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** A status and a JSON body. */
	public record Answer(int status, JsonNode body) {
	}

}
