package lms.gateway.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import lms.identity.api.IdentityStub;
import lms.testkit.ComputedAnswer;
import lms.testkit.TokenIssuer;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * identity-service (and any backend) as the gateway sees it: identity's published
 * contract ({@link IdentityStub}) with the gateway's client credentials, the JWKS,
 * refresh answers a test scripts in the contract's shape, and an echo of every other
 * request (path, headers, body) so a test sees what a service would receive.
 */
public final class StubIdentity implements AutoCloseable {

	/** The gateway's client credentials, as the test configuration sets them. */
	public static final String CLIENT_ID = "gateway";

	public static final String CLIENT_SECRET = "gateway-test-secret";

	static final String REFRESH_PATH = "/internal/sessions/refresh";

	static final String JWKS_PATH = "/.well-known/jwks.json";

	private static final String REFRESHED = "a live refresh token is traded for new tokens";

	private static final String REFUSED = "a refresh token identity does not honour (unknown, forged, expired, retired) is refused";

	private static final JsonMapper JSON = JsonMapper.shared();

	private final IdentityStub identity;

	private final TokenIssuer issuer;

	private final List<Map<String, Object>> refreshCalls = new CopyOnWriteArrayList<>();

	private volatile Function<Map<String, Object>, Reply> refreshAnswer = StubIdentity::refused;

	public StubIdentity(TokenIssuer issuer) {
		this.issuer = issuer;
		ComputedAnswer refresh = new ComputedAnswer("scripted-refresh", this::scriptedRefresh);
		ComputedAnswer echo = new ComputedAnswer("echo", StubIdentity::echo);
		// the keys the issuer publishes now: tests rotate them
		ComputedAnswer jwks = new ComputedAnswer("jwks", (event) -> ComputedAnswer.json(200, issuer.jwks()));
		this.identity = IdentityStub.start(refresh, echo, jwks);
		this.identity.registerClient(CLIENT_ID, CLIENT_SECRET, "sessions:refresh", "client-address:vouch");
		var server = this.identity.wireMock();
		server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(jwks.answer()));
		server.stubFor(post(urlEqualTo(REFRESH_PATH)).atPriority(2)
			.withHeader("Authorization", matching("Bearer service-token-" + CLIENT_ID + "-.+"))
			.willReturn(refresh.answer()));
		server.stubFor(any(anyUrl()).atPriority(10).willReturn(echo.answer()));
	}

	public String url() {
		return this.identity.url();
	}

	public TokenIssuer issuer() {
		return this.issuer;
	}

	public int jwksFetches() {
		return this.identity.wireMock().findAll(getRequestedFor(urlEqualTo(JWKS_PATH))).size();
	}

	public List<Map<String, Object>> refreshCalls() {
		return List.copyOf(this.refreshCalls);
	}

	/** How many service tokens the gateway obtained. */
	public int serviceTokensIssued() {
		return this.identity.issuedTokens().size();
	}

	/** Whether this token was issued to the gateway's credentials here. */
	public boolean issued(String serviceToken) {
		return this.identity.issuedTokens().contains(serviceToken);
	}

	public void answerRefreshWith(Function<Map<String, Object>, Reply> answer) {
		this.refreshAnswer = answer;
	}

	/** Back to identity's answer for a refresh token it does not know: refused. */
	public void refuseRefreshes() {
		this.refreshAnswer = StubIdentity::refused;
	}

	private static Reply refused(Map<String, Object> call) {
		return contractAnswer(REFUSED, Map.of());
	}

	/** identity's answer to a refresh, without its word on sharing it. */
	public static Reply refreshed(String accessToken, String refreshToken, Instant expiresAt) {
		return refreshed(accessToken, refreshToken, expiresAt, null);
	}

	/** identity's answer to a refresh, with its word on how long it may be shared. */
	public static Reply refreshed(String accessToken, String refreshToken, Instant expiresAt, Instant shareUntil) {
		Map<String, Object> values = new HashMap<>();
		values.put("accessToken", accessToken);
		values.put("refreshToken", refreshToken);
		values.put("accessTokenExpiresAt", expiresAt.toString());
		values.put("shareUntil", (shareUntil != null) ? shareUntil.toString() : null);
		return contractAnswer(REFRESHED, values);
	}

	private static Reply contractAnswer(String name, Map<String, ?> values) {
		return new Reply(IdentityStub.CONTRACT.status(name), IdentityStub.CONTRACT.answer(name, values));
	}

	/**
	 * Parses an echo answer: {@code path}, {@code headers} (lower-case names),
	 * {@code body}.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> echoed(String body) {
		return JSON.readValue(body, Map.class);
	}

	@SuppressWarnings("unchecked")
	public static Map<String, String> echoedHeaders(String body) {
		return (Map<String, String>) echoed(body).get("headers");
	}

	@Override
	public void close() {
		this.identity.close();
	}

	/** A status and a JSON body. */
	public record Reply(int status, String body) {
	}

	/** Answers a refresh call with the test's script. */
	@SuppressWarnings("unchecked")
	private ResponseDefinition scriptedRefresh(ServeEvent event) {
		Map<String, Object> call = JSON.readValue(event.getRequest().getBodyAsString(), Map.class);
		this.refreshCalls.add(call);
		Reply reply = this.refreshAnswer.apply(call);
		return ComputedAnswer.json(reply.status(), reply.body());
	}

	/** What a backend received: path, headers (lower-case names), body. */
	private static ResponseDefinition echo(ServeEvent event) {
		Map<String, String> headers = new TreeMap<>();
		event.getRequest()
			.getHeaders()
			.all()
			.forEach((header) -> headers.put(header.key().toLowerCase(java.util.Locale.ROOT),
					String.join(",", header.values())));
		String url = event.getRequest().getUrl();
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		return ComputedAnswer.json(200,
				Map.of("path", path, "headers", headers, "body", event.getRequest().getBodyAsString()));
	}

}
