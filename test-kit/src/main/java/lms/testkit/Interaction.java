package lms.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request of a {@link PublishedContract} and the answer it gets. The example (the
 * mapping's {@code metadata.example}: method, path, headers, a JSON {@code body} or a
 * {@code form}) may name values the replaying side supplies as {@code ${name}}, such as a
 * user the provider's test created; so may the patterns of the answer's varying fields.
 *
 * @param name what the mapping promises
 * @param method the example's method
 * @param path the example's path
 * @param headers the example's headers
 * @param body the example's body, empty for none
 * @param status the answer's status
 * @param variable answer fields that vary per call, with the pattern each must match;
 * every other field of the answer is fixed
 */
public record Interaction(String name, String method, String path, Map<String, String> headers, String body, int status,
		Map<String, String> variable) {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static Interaction of(String mapping) {
		JsonNode root = JsonMapper.shared().readTree(mapping);
		JsonNode example = root.path("metadata").path("example");
		JsonNode body = example.path("body");
		return new Interaction(root.path("name").asString(), example.path("method").asString(),
				example.path("path").asString(), strings(example.path("headers")),
				body.isMissingNode() ? example.path("form").asString("") : body.toString(),
				root.path("response").path("status").asInt(), strings(root.path("metadata").path("variable")));
	}

	private static Map<String, String> strings(JsonNode object) {
		Map<String, String> strings = new LinkedHashMap<>();
		object.properties().forEach((e) -> strings.put(e.getKey(), e.getValue().asString()));
		return Map.copyOf(strings);
	}

	/** Sends the example to {@code baseUrl} with the {@code values} it names. */
	public Answer replay(String baseUrl, Map<String, String> values) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + fill(this.path, values, false)))
			.timeout(Duration.ofSeconds(30))
			.method(this.method, this.body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(fill(this.body, values, false)));
		this.headers.forEach((header, value) -> request.header(header, fill(value, values, false)));
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
	 * Asserts that {@code actual} is the answer the contract promises: the mapped status,
	 * the fields of the stub's answer {@code stubbed} and no others, equal where fixed
	 * and matching their pattern (with {@code values} filled in) where variable; a nested
	 * field's pattern is named by its dotted path ({@code avatar.url}).
	 */
	public void assertHonouredBy(Answer actual, Answer stubbed, Map<String, String> values) {
		assertHonouredBy(actual, values, stubbed, values);
	}

	/**
	 * The same, for a stub replayed with values of its own ({@code stubbedValues}): the
	 * provider's test replays with what it created, the stub with what it accepts.
	 */
	public void assertHonouredBy(Answer actual, Map<String, String> actualValues, Answer stubbed,
			Map<String, String> stubbedValues) {
		assertThat(stubbed.status()).as("stub's status for %s", this.name).isEqualTo(this.status);
		assertThat(actual.status()).as("status for %s (%s)", this.name, actual.body()).isEqualTo(this.status);
		assertSameShape("", actual.body(), actualValues, stubbed.body(), stubbedValues);
	}

	private void assertSameShape(String prefix, JsonNode actual, Map<String, String> actualValues, JsonNode stubbed,
			Map<String, String> stubbedValues) {
		assertThat(names(actual)).as("fields of %s'%s'", this.name, prefix).isEqualTo(names(stubbed));
		stubbed.properties().forEach((field) -> {
			String path = prefix + field.getKey();
			String pattern = this.variable.get(path);
			JsonNode value = actual.get(field.getKey());
			if (pattern != null) {
				assertThat(value.asString()).as(path).matches(fill(pattern, actualValues, true));
				assertThat(field.getValue().asString()).as("stubbed " + path)
					.matches(fill(pattern, stubbedValues, true));
			}
			else if (field.getValue().isObject()) {
				assertSameShape(path + ".", value, actualValues, field.getValue(), stubbedValues);
			}
			else {
				assertThat(value).as(path).isEqualTo(field.getValue());
			}
		});
	}

	private static String fill(String text, Map<String, String> values, boolean quoted) {
		String filled = text;
		for (Map.Entry<String, String> value : values.entrySet()) {
			String replacement = quoted ? Pattern.quote(value.getValue()) : value.getValue();
			filled = filled.replace("${" + value.getKey() + "}", replacement);
		}
		assertThat(filled).as("values for %s", text).doesNotContain("${");
		return filled;
	}

	private static Set<String> names(JsonNode body) {
		return Set.copyOf(body.propertyNames());
	}

	@Override
	public String toString() {
		return this.name;
	}

	/** A status and a JSON body. */
	public record Answer(int status, JsonNode body) {
	}

}
