package lms.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An HTTP API's contract as its provider publishes it in a test artifact: one WireMock
 * mapping per file, each with an example request in its metadata ({@link Interaction}).
 * Consumers serve the mappings from a WireMock server; the provider replays the examples
 * against its real controllers and expects the mapped answers.
 */
public final class PublishedContract {

	private final Map<String, String> files;

	private PublishedContract(Map<String, String> files) {
		this.files = files;
	}

	/** The mappings under a classpath folder, e.g. {@code lms/identity/api/contract}. */
	public static PublishedContract at(String folder) {
		String location = "classpath*:" + folder + "/*.json";
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			Arrays.sort(resources, (a, b) -> a.getFilename().compareTo(b.getFilename()));
			Map<String, String> files = new LinkedHashMap<>();
			for (Resource resource : resources) {
				files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
			}
			if (files.isEmpty()) {
				throw new IllegalStateException("No contract mappings at " + location);
			}
			return new PublishedContract(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<StubMapping> mappings() {
		return this.files.values().stream().map(StubMapping::buildFrom).toList();
	}

	public List<Interaction> interactions() {
		return this.files.values().stream().map(Interaction::of).toList();
	}

	/**
	 * The JSON answer of the mapping named {@code name} with some fields set to other
	 * values: how a consumer's test answers a call the contract's stub cannot foresee (a
	 * user it added, a refresh it scripted) in the contract's shape. Only fields of the
	 * contract's answer may be set.
	 */
	public String answer(String name, Map<String, ?> values) {
		ObjectNode body = (ObjectNode) mapping(name).path("response").path("jsonBody").deepCopy();
		values.forEach((field, value) -> {
			if (!body.has(field)) {
				throw new IllegalArgumentException(
						"'" + field + "' is not in the answer of '" + name + "': " + body.propertyNames());
			}
			if (value == null) {
				body.putNull(field);
			}
			else {
				body.set(field, JsonMapper.shared().valueToTree(value));
			}
		});
		return body.toString();
	}

	/** The status of the mapping named {@code name}. */
	public int status(String name) {
		return mapping(name).path("response").path("status").asInt();
	}

	private JsonNode mapping(String name) {
		return this.files.values()
			.stream()
			.map(JsonMapper.shared()::readTree)
			.filter((mapping) -> name.equals(mapping.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No contract mapping named '" + name + "'"));
	}

}
