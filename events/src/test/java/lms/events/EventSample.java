package lms.events;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One sample file: an event as it travels (type, topic, subject = key) with its payload
 * as {@code data}.
 */
record EventSample(String fileName, String type, String topic, String subject, JsonNode data, String digest) {

	/**
	 * Writes like the services (the kit's {@code non_null} inclusion) and reads strictly,
	 * so a renamed or dropped field fails on the field's name.
	 */
	static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	static EventSample parse(String fileName, byte[] bytes) {
		JsonNode sample = JSON.readTree(bytes);
		String type = sample.required("type").asString();
		if (!fileName.equals(type + ".json")) {
			throw new IllegalStateException(fileName + " holds " + type + "; a sample is named after its type");
		}
		return new EventSample(fileName, type, sample.required("topic").asString(),
				sample.required("subject").asString(), sample.required("data"), sha256(bytes));
	}

	<T extends DomainEvent> T read(Class<T> payload) {
		return JSON.treeToValue(this.data, payload);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
