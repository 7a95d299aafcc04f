package lms.identity.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import lms.testkit.BearerTokens;
import lms.testkit.JvmShared;
import lms.testkit.ComputedAnswer;
import lms.testkit.PublishedContract;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * identity-service's internal routes as their consumers' tests see them: a WireMock
 * server serving the mappings identity-service publishes ({@link #CONTRACT}) and verifies
 * against its real controllers. What a consumer's test adds on top (users it knows,
 * deleted ones, clients, an outage) is answered in the contract's shape.
 */
public final class IdentityStub implements AutoCloseable {

	public static final PublishedContract CONTRACT = PublishedContract.at("lms/identity/api/contract");

	public static final String USERS_PATH = "/internal/users/";

	public static final String TOKEN_PATH = "/internal/oauth2/token";

	static final String USER_FOUND = "a live user is read";

	static final String USER_WITH_AVATAR_FOUND = "a live user with an avatar is read with it";

	static final String USER_NOT_FOUND = "a user identity does not know (deleted or never registered) is not found";

	static final String TOKEN_ISSUED = "a service client's credentials get a service token with the client's scopes";

	/** Values the stub accepts for what the contract's examples name. */
	public static final Map<String, String> EXAMPLE_VALUES = Map.of("userId", "user-1", "userWithAvatarId",
			"with-avatar-1", "usersReadToken", "a-service-token", "sessionsRefreshToken", "a-service-token",
			"refreshToken", "c2Vzc2lvbi1vZi10aGUtc3R1Yg.0.bWFjLW9mLXRoZS1zdHVi");

	private static final UUID OUTAGE = UUID.fromString("00000000-0000-0000-0000-0000000001d5");

	private static final JvmShared<IdentityStub> SHARED = new JvmShared<>("identity-stub", IdentityStub::new);

	private final WireMockServer server;

	private IdentityStub(ComputedAnswer... answers) {
		this.server = ComputedAnswer.server(true, answers);
		CONTRACT.mappings().forEach(this.server::addStubMapping);
	}

	/** A stub of its own, to {@link #close()} after the tests. */
	public static IdentityStub start() {
		return new IdentityStub();
	}

	/**
	 * A stub of its own with answers a consumer's scenarios compute (scripted per call,
	 * say), on top of the contract's mappings.
	 */
	public static IdentityStub start(ComputedAnswer... answers) {
		return new IdentityStub(answers);
	}

	/** The WireMock server, for a consumer's scenarios beyond the contract. */
	public WireMockServer wireMock() {
		return this.server;
	}

	/** One stub for a whole test JVM, stopped when the JVM ends. */
	public static IdentityStub shared() {
		return SHARED.get();
	}

	/** The base URL of identity-service. */
	public String url() {
		return this.server.baseUrl();
	}

	/**
	 * A user identity knows, read with these details instead of the contract's learner.
	 */
	public void addUser(String id, String name, String email, String avatarUrl) {
		Map<String, Object> user = new LinkedHashMap<>(Map.of("_id", id, "name", name, "email", email));
		if (avatarUrl != null) {
			user.put("avatar", Map.of("public_id", "avatars/" + id, "url", avatarUrl));
		}
		String answer = CONTRACT.answer((avatarUrl != null) ? USER_WITH_AVATAR_FOUND : USER_FOUND, user);
		this.server.stubFor(user(id).willReturn(json(CONTRACT.status(USER_FOUND), answer)));
	}

	/** A user identity no longer knows (deleted, or never registered). */
	public void deleteUser(String id) {
		this.server.stubFor(
				user(id).willReturn(json(CONTRACT.status(USER_NOT_FOUND), CONTRACT.answer(USER_NOT_FOUND, Map.of()))));
	}

	/** A service client the token endpoint knows, with the scopes its tokens carry. */
	public void registerClient(String id, String secret, String... scopes) {
		String credentials = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
		String answer = CONTRACT.answer(TOKEN_ISSUED,
				Map.of("access_token", "service-token-" + id + "-{{randomValue length=20 type='ALPHANUMERIC'}}",
						"scope", String.join(" ", scopes)));
		this.server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).atPriority(3)
			.withHeader("Authorization", equalTo("Basic " + credentials))
			.withRequestBody(containing("grant_type=client_credentials"))
			.willReturn(json(CONTRACT.status(TOKEN_ISSUED), answer).withTransformers("response-template")));
	}

	/**
	 * From now on every user read is answered {@code status} in the contract's error
	 * shape.
	 */
	public synchronized void failWith(int status) {
		recover();
		this.server.stubFor(get(urlPathMatching(USERS_PATH + ".*")).atPriority(0)
			.withId(OUTAGE)
			.willReturn(json(status, "{\"success\":false,\"message\":\"identity is down\"}")));
	}

	/** Back to the contract's answers. */
	public synchronized void recover() {
		this.server.getStubMappings()
			.stream()
			.filter((mapping) -> OUTAGE.equals(mapping.getId()))
			.forEach(this.server::removeStubMapping);
	}

	/** The service tokens the token endpoint issued to registered clients. */
	public List<String> issuedTokens() {
		return this.server.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals(TOKEN_PATH)
					&& event.getResponse().getStatus() == CONTRACT.status(TOKEN_ISSUED))
			.map((event) -> JsonMapper.shared().readTree(event.getResponse().getBodyAsString()))
			.map((body) -> body.path("access_token").asString())
			.toList();
	}

	/** The user ids asked for, in order. */
	public List<String> requestedUsers() {
		return userReads().stream().map((request) -> request.getUrl().substring(USERS_PATH.length())).toList();
	}

	/** The bearer tokens the user reads carried, in order. */
	public List<String> userReadTokens() {
		return BearerTokens.of(userReads());
	}

	private List<LoggedRequest> userReads() {
		return this.server.findAll(getRequestedFor(urlPathMatching(USERS_PATH + "[^/]+")));
	}

	private static MappingBuilder user(String id) {
		return get(urlPathEqualTo(USERS_PATH + id)).atPriority(3).withHeader("Authorization", matching("Bearer .+"));
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
