package lms.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import lms.testkit.TokenIssuer;
import tools.jackson.databind.json.JsonMapper;

/**
 * identity-service (and any backend) as the gateway sees it: the JWKS, the internal
 * refresh port, and an echo of every other request (path, headers) so a test sees what a
 * service would receive.
 */
public final class StubIdentity implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The gateway's client credentials, as the test configuration sets them. */
	public static final String CLIENT_ID = "gateway";

	public static final String CLIENT_SECRET = "gateway-test-secret";

	private final HttpServer server;

	private final TokenIssuer issuer;

	private final AtomicInteger jwksFetches = new AtomicInteger();

	private final List<Map<String, Object>> refreshCalls = new CopyOnWriteArrayList<>();

	/** Service tokens issued to the gateway's client credentials. */
	private final List<String> serviceTokens = new CopyOnWriteArrayList<>();

	private volatile Function<Map<String, Object>, Reply> refreshAnswer = (call) -> new Reply(401,
			"{\"success\":false,\"message\":\"Please login to access this resource\"}");

	public StubIdentity(TokenIssuer issuer) {
		this.issuer = issuer;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/.well-known/jwks.json", (exchange) -> {
			this.jwksFetches.incrementAndGet();
			reply(exchange, new Reply(200, issuer.jwks()));
		});
		this.server.createContext("/internal/oauth2/token", this::token);
		this.server.createContext("/internal/sessions/refresh", (exchange) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> call = JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization == null || !this.serviceTokens.contains(authorization.replace("Bearer ", ""))) {
				reply(exchange,
						new Reply(401, "{\"success\":false,\"message\":\"Valid service credentials are required\"}"));
				return;
			}
			this.refreshCalls.add(call);
			reply(exchange, this.refreshAnswer.apply(call));
		});
		this.server.createContext("/", this::echo);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public TokenIssuer issuer() {
		return this.issuer;
	}

	public int jwksFetches() {
		return this.jwksFetches.get();
	}

	public List<Map<String, Object>> refreshCalls() {
		return List.copyOf(this.refreshCalls);
	}

	/** How many service tokens the gateway obtained. */
	public int serviceTokensIssued() {
		return this.serviceTokens.size();
	}

	/** Whether this token was issued to the gateway's credentials here. */
	public boolean issued(String serviceToken) {
		return this.serviceTokens.contains(serviceToken);
	}

	private void token(HttpExchange exchange) throws IOException {
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String expected = "Basic " + java.util.Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
				|| !form.contains("grant_type=client_credentials")) {
			reply(exchange, new Reply(401, "{\"error\":\"invalid_client\"}"));
			return;
		}
		String token = "service-token-" + java.util.UUID.randomUUID();
		this.serviceTokens.add(token);
		reply(exchange, new Reply(200, JSON.writeValueAsString(Map.of("access_token", token, "token_type", "Bearer",
				"expires_in", 300, "scope", "sessions:refresh client-address:vouch"))));
	}

	public void answerRefreshWith(Function<Map<String, Object>, Reply> answer) {
		this.refreshAnswer = answer;
	}

	/** The JSON a refresh answers with on success. */
	public static Reply refreshed(String accessToken, String refreshToken, java.time.Instant expiresAt) {
		return new Reply(200, JSON.writeValueAsString(Map.of("accessToken", accessToken, "refreshToken", refreshToken,
				"accessTokenExpiresAt", expiresAt.toString())));
	}

	/** The same, with identity's word on how long the answer may be shared. */
	public static Reply refreshed(String accessToken, String refreshToken, java.time.Instant expiresAt,
			java.time.Instant shareUntil) {
		return new Reply(200, JSON.writeValueAsString(Map.of("accessToken", accessToken, "refreshToken", refreshToken,
				"accessTokenExpiresAt", expiresAt.toString(), "shareUntil", shareUntil.toString())));
	}

	/** Parses an echo answer: {@code path} and {@code headers} (lower-case names). */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> echoed(String body) {
		return JSON.readValue(body, Map.class);
	}

	@SuppressWarnings("unchecked")
	public static Map<String, String> echoedHeaders(String body) {
		return (Map<String, String>) echoed(body).get("headers");
	}

	private void echo(HttpExchange exchange) throws IOException {
		String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> headers = new TreeMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
		String body = JSON.writeValueAsString(
				Map.of("path", exchange.getRequestURI().getPath(), "headers", headers, "body", requestBody));
		reply(exchange, new Reply(200, body));
	}

	private static void reply(HttpExchange exchange, Reply reply) throws IOException {
		byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(reply.status(), body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** A status and a JSON body. */
	public record Reply(int status, String body) {
	}

}
