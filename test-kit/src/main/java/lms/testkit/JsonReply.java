package lms.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/**
 * A status and a JSON object, as the stubs answer.
 *
 * @param status the HTTP status
 * @param body the JSON object
 */
record JsonReply(int status, Map<String, Object> body) {

	static JsonReply error(int status, String message) {
		return new JsonReply(status, Map.of("error", Map.of("message", message)));
	}

	void send(HttpExchange exchange) throws IOException {
		byte[] json = Json.write(this.body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(this.status, json.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(json);
		}
	}

}
