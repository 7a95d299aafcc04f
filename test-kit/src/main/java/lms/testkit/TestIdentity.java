package lms.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import lms.testkit.JvmShared;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Identity-service as far as other services see it: a JWKS endpoint, a client-credentials
 * token endpoint issuing real signed service tokens, and tokens signed the way identity
 * signs them ({@link TokenIssuer}), on WireMock. (The answers' shape is identity's
 * published contract, lms-identity-api, which consumers that need no signed token use.)
 */
public final class TestIdentity implements AutoCloseable {

	public static final String TOKEN_PATH = "/internal/oauth2/token";

	private static final JvmShared<TestIdentity> SHARED = new JvmShared<>("test-identity", TestIdentity::new);

	private final TokenIssuer issuer = new TokenIssuer();

	private final Map<String, Client> clients = new ConcurrentHashMap<>();

	private final WireMockServer server;

	private TestIdentity() {
		ComputedAnswer tokens = new ComputedAnswer("test-identity-tokens", this::issue);
		this.server = ComputedAnswer.server(false, tokens);
		this.server.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(this.issuer.jwks())));
		this.server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(tokens.answer()));
	}

	public static TestIdentity shared() {
		return SHARED.get();
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	public String jwksUrl() {
		return baseUrl() + "/.well-known/jwks.json";
	}

	public String tokenUrl() {
		return baseUrl() + TOKEN_PATH;
	}

	/** A service client the token endpoint knows, with the scopes its tokens carry. */
	public void registerClient(String id, String secret, String... scopes) {
		this.clients.put(basic(id, secret), new Client(id, List.of(scopes)));
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

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	private record Client(String id, List<String> scopes) {
	}

	/** A fresh signed service token for a registered client's credentials. */
	private ResponseDefinition issue(ServeEvent event) {
		Client client = this.clients.get(String.valueOf(event.getRequest().getHeader("Authorization")));
		if (client == null) {
			return ComputedAnswer.json(401,
					Map.of("success", false, "message", "Valid service credentials are required"));
		}
		return ComputedAnswer.json(200,
				Map.of("access_token", serviceToken(client.id(), client.scopes().toArray(String[]::new)), "token_type",
						"Bearer", "expires_in", 300, "scope", String.join(" ", client.scopes())));
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
