package lms.course.support;

import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import io.jsonwebtoken.security.Jwks;

/** identity's JWKS endpoint, publishing the test signing key. */
public final class JwksServer extends StubServer {

	private final String body;

	public JwksServer(TestKey... keys) {
		super("/.well-known/jwks.json");
		this.body = Stream.of(keys)
			.map((k) -> Jwks.json(k.jwk()))
			.collect(Collectors.joining(",", "{\"keys\":[", "]}"));
	}

	public String url() {
		return baseUrl() + "/.well-known/jwks.json";
	}

	@Override
	void handle(HttpExchange exchange) throws IOException {
		reply(exchange, 200, this.body);
	}

}
