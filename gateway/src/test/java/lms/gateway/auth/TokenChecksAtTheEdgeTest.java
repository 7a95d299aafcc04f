package lms.gateway.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import lms.gateway.support.StubIdentity;
import lms.testkit.TokenIssuer;
import lms.testkit.SigningKey;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class TokenChecksAtTheEdgeTest {

	@AutoClose
	static final StubIdentity identity = new StubIdentity(new TokenIssuer());

	static final String LOGIN_REQUIRED = "{\"success\":false,\"message\":\"Please login to access this resource\"}";

	@LocalServerPort
	int port;

	TestHttp http;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.identity.url", identity::url);
		registry.add("lms.services.course.url", identity::url);
		registry.add("lms.security.jwks-refresh-min-interval", () -> "0s");
	}

	@BeforeEach
	void client() {
		this.http = new TestHttp("http://127.0.0.1:" + this.port);
	}

	@Test
	void aProtectedRouteWithoutATokenIsUnauthorizedInTheContractShape() {
		TestHttp.Response response = this.http.get("/api/v1/me");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEqualTo(LOGIN_REQUIRED);
	}

	/**
	 * {@code exp} is whole seconds, so the tolerated token expires on the second just
	 * past (0-1 s ago, not the up to 1.5 s a fraction cut off would make), and is sent
	 * first: the rest of the 2 s is for the request on a loaded machine.
	 */
	@Test
	void aTokenFiveSecondsPastItsExpiryIsRefusedWhileTwoSecondsOfSkewAreAllowed() {
		String justNow = identity.issuer()
			.tokenExpiringAt("user-skew", "session-skew", Instant.now().truncatedTo(ChronoUnit.SECONDS));
		TestHttp.Response tolerated = this.http.get("/api/v1/me", "Authorization", "Bearer " + justNow);
		String fivePast = identity.issuer().tokenExpiringAt("user-skew", "session-skew", Instant.now().minusSeconds(5));
		TestHttp.Response refused = this.http.get("/api/v1/me", "Authorization", "Bearer " + fivePast);

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.body()).isEqualTo("{\"success\":false,\"message\":\"Access token expired\"}");
		assertThat(tolerated.status()).isEqualTo(200);
	}

	@Test
	void actuatorIsNotOnThePublicPort() {
		for (String path : new String[] { "/actuator/health", "/actuator/prometheus", "/actuator/health/readiness" }) {
			TestHttp.Response response = this.http.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.body()).doesNotContain("UP").doesNotContain("jvm_");
		}
	}

	@Test
	void aValidBearerTokenIsForwardedAsBearer() {
		String token = token();

		TestHttp.Response response = this.http.get("/api/v1/me", "Authorization", "Bearer " + token);

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(response.body())).containsEntry("authorization", "Bearer " + token);
	}

	@Test
	void theAccessTokenHeaderIsForwardedAsBearer() {
		String token = token();

		TestHttp.Response response = this.http.get("/api/v1/me", "access-token", token);

		assertThat(response.status()).isEqualTo(200);
		Map<String, String> headers = StubIdentity.echoedHeaders(response.body());
		assertThat(headers).containsEntry("authorization", "Bearer " + token).doesNotContainKey("access-token");
	}

	@Test
	void theAccessTokenCookieIsForwardedAsBearer() {
		String token = token();

		TestHttp.Response response = this.http.get("/api/v1/get-my-courses", "Cookie",
				"theme=dark; access_token=" + token);

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(response.body())).containsEntry("authorization", "Bearer " + token);
	}

	@Test
	void clientSentIdentityHeadersNeverReachTheService() {
		TestHttp.Response response = this.http.get("/api/v1/me", "Authorization", "Bearer " + token(), "X-User-Id",
				"admin-1", "X-User-Role", "admin", "X-Authenticated-User", "admin-1", "X-Forwarded-User", "root",
				"X-Trace", "kept");

		assertThat(response.status()).isEqualTo(200);
		Map<String, String> headers = StubIdentity.echoedHeaders(response.body());
		assertThat(headers.keySet()).noneMatch((name) -> name.startsWith("x-user") || name.startsWith("x-authenticated")
				|| name.equals("x-forwarded-user"));
		assertThat(headers).containsEntry("x-trace", "kept");
	}

	@Test
	void identityHeadersAreStrippedOnPublicRoutesToo() {
		TestHttp.Response response = this.http.get("/api/v1/get-courses", "X-User-Id", "admin-1");

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(response.body())).doesNotContainKey("x-user-id");
	}

	@Test
	void aPublicRoutePassesWithoutAToken() {
		TestHttp.Response response = this.http.get("/api/v1/get-course/42");

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoed(response.body())).containsEntry("path", "/api/v1/get-course/42");
	}

	@Test
	void anInvalidTokenOnAPublicRouteIsIgnoredAndNotForwarded() {
		TestHttp.Response response = this.http.get("/api/v1/get-layout/Banner", "Authorization",
				"Bearer " + identity.issuer().forgedToken("u1", "s1"), "Cookie", "access_token=garbage; lang=en");

		assertThat(response.status()).isEqualTo(200);
		Map<String, String> headers = StubIdentity.echoedHeaders(response.body());
		assertThat(headers).doesNotContainKey("authorization").containsEntry("cookie", "lang=en");
	}

	@Test
	void anExpiredTokenOnAPublicRouteIsIgnored() {
		TestHttp.Response response = this.http.get("/api/v1/login", "access-token",
				identity.issuer().expiredToken("u1", "s1"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoedHeaders(response.body())).doesNotContainKeys("authorization", "access-token");
	}

	@Test
	void aTokenSignedByAnUnpublishedKeyIsUnauthorized() {
		TestHttp.Response response = this.http.get("/api/v1/me", "Authorization",
				"Bearer " + identity.issuer().forgedToken("u1", "s1"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEqualTo(LOGIN_REQUIRED);
	}

	@Test
	void aMalformedTokenIsUnauthorized() {
		TestHttp.Response response = this.http.get("/api/v1/me", "access-token", "not.a.jwt");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEqualTo(LOGIN_REQUIRED);
	}

	@Test
	void aTokenOfAnotherIssuerIsUnauthorized() {
		TestHttp.Response response = this.http.get("/api/v1/me", "access-token",
				identity.issuer().tokenWithIssuer("someone-else"));

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void anExpiredTokenWithoutARefreshTokenIsUnauthorized() {
		TestHttp.Response response = this.http.get("/api/v1/me", "access-token",
				identity.issuer().expiredToken("u1", "s1"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEqualTo("{\"success\":false,\"message\":\"Access token expired\"}");
	}

	@Test
	void aTokenSignedByANewlyPublishedKeyIsAcceptedAfterTheJwksIsRefetched() {
		this.http.get("/api/v1/me", "access-token", token());
		int fetchesBefore = identity.jwksFetches();
		identity.issuer().rotateTo(SigningKey.es256());

		TestHttp.Response response = this.http.get("/api/v1/me", "access-token", token());

		assertThat(response.status()).isEqualTo(200);
		assertThat(identity.jwksFetches()).isGreaterThan(fetchesBefore);
	}

	@Test
	void theTestRouteIsAnsweredByTheGatewayItself() {
		TestHttp.Response response = this.http.get("/test");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"success\":true,\"message\":\"API is working\"}");
	}

	@Test
	void theInternalRefreshPortIsNotReachableThroughTheGateway() {
		TestHttp.Response response = this.http.postJson("/internal/sessions/refresh", "{\"refreshToken\":\"x\"}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(identity.refreshCalls()).isEmpty();
	}

	private static String token() {
		return identity.issuer().token("user-1", "session-1", "user", Duration.ofMinutes(5));
	}

}
