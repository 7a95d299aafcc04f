package lms.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Identity-service as far as other services see it: a JWKS endpoint, a client-credentials
 * token endpoint, and tokens signed the way identity signs them ({@link TokenIssuer}).
 */
public final class TestIdentity {

	public static final String TOKEN_PATH = "/internal/oauth2/token";

	private static TestIdentity shared;

	private final TokenIssuer issuer = new TokenIssuer();

	private final HttpServer server;

	private final Map<String, Client> clients = new ConcurrentHashMap<>();

	private TestIdentity() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/.well-known/jwks.json", this::jwks);
		this.server.createContext(TOKEN_PATH, this::token);
		this.server.start();
	}

	public static synchronized TestIdentity shared() {
		if (shared == null) {
			shared = new TestIdentity();
		}
		return shared;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public String jwksUrl() {
		return baseUrl() + "/.well-known/jwks.json";
	}

	public String tokenUrl() {
		return baseUrl() + TOKEN_PATH;
	}

	/** A service client the token endpoint knows, with the scopes its tokens carry. */
	public void registerClient(String id, String secret, String... scopes) {
		this.clients.put(id, new Client(secret, List.of(scopes)));
	}

	public String adminToken() {
		return token("admin-" + UUID.randomUUID(), "admin");
	}

	public String userToken() {
		return token("user-" + UUID.randomUUID(), "user");
	}

	public String token(String userId, String role) {
		return token(userId, role, Instant.now().plusSeconds(600));
	}

	/** A user's access token expiring at {@code expiresAt}. */
	public String token(String userId, String role, Instant expiresAt) {
		return this.issuer.token(userId, "session-" + userId, role, expiresAt.minusSeconds(300), expiresAt);
	}

	/** A service token for {@code clientId} carrying {@code scopes}. */
	public String serviceToken(String clientId, String... scopes) {
		return this.issuer.serviceToken(clientId, scopes);
	}

	private void jwks(HttpExchange exchange) throws IOException {
		reply(exchange, 200, this.issuer.jwks());
	}

	private void token(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		String clientId = basicUser(exchange.getRequestHeaders().getFirst("Authorization"));
		Client client = (clientId != null) ? this.clients.get(clientId) : null;
		if (client == null || !client.matches(exchange.getRequestHeaders().getFirst("Authorization"), clientId)) {
			reply(exchange, 401, "{\"success\":false,\"message\":\"Valid service credentials are required\"}");
			return;
		}
		String token = serviceToken(clientId, client.scopes().toArray(String[]::new));
		reply(exchange, 200, "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"%s\"}"
			.formatted(token, String.join(" ", client.scopes())));
	}

	private static String basicUser(String authorization) {
		String decoded = basic(authorization);
		return (decoded != null && decoded.contains(":")) ? decoded.substring(0, decoded.indexOf(':')) : null;
	}

	private static String basic(String authorization) {
		if (authorization == null || !authorization.startsWith("Basic ")) {
			return null;
		}
		return new String(java.util.Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
	}

	private static void reply(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private record Client(String secret, List<String> scopes) {

		boolean matches(String authorization, String clientId) {
			return (clientId + ":" + this.secret).equals(basic(authorization));
		}

	}

}
