package lms.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;

/**
 * Identity-service as far as this service sees it: a JWKS endpoint and tokens signed the
 * way identity signs them (ES256, {@code kid}, issuer, audience, session id, role).
 */
public final class TestIdentity {

	private static TestIdentity shared;

	private final KeyPair keys = Jwts.SIG.ES256.keyPair().build();

	private final String kid = "test-" + UUID.randomUUID();

	private final HttpServer server;

	private TestIdentity() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/.well-known/jwks.json", this::jwks);
		this.server.start();
	}

	public static synchronized TestIdentity shared() {
		if (shared == null) {
			shared = new TestIdentity();
		}
		return shared;
	}

	public String jwksUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/.well-known/jwks.json";
	}

	public String adminToken() {
		return token("admin-" + UUID.randomUUID(), "admin");
	}

	public String userToken() {
		return token("user-" + UUID.randomUUID(), "user");
	}

	public String token(String userId, String role) {
		Instant now = Instant.now();
		return Jwts.builder()
			.header()
			.keyId(this.kid)
			.and()
			.issuer("lms-identity")
			.audience()
			.add("lms")
			.and()
			.subject(userId)
			.claim("sid", "session-" + userId)
			.claim("role", role)
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plusSeconds(600)))
			.signWith(this.keys.getPrivate())
			.compact();
	}

	private void jwks(HttpExchange exchange) throws IOException {
		String json = "{\"keys\":[" + Jwks.json(Jwks.builder().key(this.keys.getPublic()).id(this.kid).build()) + "]}";
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
