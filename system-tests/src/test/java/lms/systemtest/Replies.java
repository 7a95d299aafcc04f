package lms.systemtest;

import lms.testkit.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks an answer's status (showing the body when it is wrong) and reads its JSON.
 */
final class Replies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Replies() {
	}

	/** Asserts the status and returns the body as JSON. */
	static JsonNode expect(int status, TestHttp.Response response) {
		return json(expectStatus(status, response).body());
	}

	/** Asserts the status and returns the response for its headers or raw body. */
	static TestHttp.Response expectStatus(int status, TestHttp.Response response) {
		assertThat(response.status()).as("%s %s", response.raw().request().uri(), response.body()).isEqualTo(status);
		return response;
	}

	/** Asserts a refusal in the contract's error shape and returns its message. */
	static String expectError(int status, TestHttp.Response response) {
		JsonNode error = expect(status, response);
		assertThat(error.get("success").asBoolean()).as(response.body()).isFalse();
		return error.get("message").asString();
	}

	/**
	 * The item of a JSON array whose field has this value, failing when there is none.
	 */
	static JsonNode find(JsonNode items, String field, String value) {
		for (JsonNode item : items) {
			if (item.get(field).asString().equals(value)) {
				return item;
			}
		}
		throw new AssertionError("No item with " + field + " " + value + " in " + items);
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	/** A JSON string literal, quoted and escaped. */
	static String quote(String text) {
		return JSON.writeValueAsString(text);
	}

}
