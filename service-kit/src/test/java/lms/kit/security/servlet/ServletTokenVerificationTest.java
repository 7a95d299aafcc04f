package lms.kit.security.servlet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;

import lms.kit.security.AdminOnly;
import lms.kit.security.AuthenticatedUser;
import lms.kit.security.JwksStub;
import lms.kit.security.ServiceScope;
import lms.kit.security.TokenVerificationAutoConfiguration;
import lms.testkit.SigningKey;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ServletTokenVerificationTest.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "lms.security.public-paths=/public/**")
class ServletTokenVerificationTest {

	static final SigningKey KEY = SigningKey.ec("ec-1");

	@AutoClose
	static final JwksStub identity = JwksStub.start(KEY);

	static final String LOGIN = "{\"success\":false,\"message\":\"Please login to access this resource\"}";

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void identityUrl(DynamicPropertyRegistry registry) {
		// The default JWKS URL follows identity's URL.
		registry.add("lms.services.identity.url", () -> identity.url().replace(JwksStub.PATH, ""));
	}

	@Test
	void noTokenIsAnswered401InContractShape() throws Exception {
		HttpResponse<String> response = get("/me", null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).isEqualTo(LOGIN);
	}

	@Test
	void invalidTokenIsAnswered401() throws Exception {
		String forged = SigningKey.ec("ec-1").token("u1", "admin", Instant.now());
		assertThat(get("/me", "Authorization", "Bearer " + forged)).satisfies((response) -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).isEqualTo(LOGIN);
		});
		assertThat(get("/me", "access-token", "garbage").statusCode()).isEqualTo(401);
	}

	@Test
	void expiredTokenSaysSo() throws Exception {
		String expired = KEY.token("u1", "user", Instant.now().minusSeconds(3600));
		HttpResponse<String> response = get("/me", "Authorization", "Bearer " + expired);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEqualTo("{\"success\":false,\"message\":\"Access token expired\"}");
	}

	@Test
	void validTokenIsAcceptedFromEveryTransport() throws Exception {
		String token = KEY.token("u1", "user", Instant.now());
		assertOk(get("/me", "Authorization", "Bearer " + token), "u1:session-u1:user");
		assertOk(get("/me", "access-token", token), "u1:session-u1:user");
		assertOk(get("/me", "Cookie", "theme=dark; access_token=" + token), "u1:session-u1:user");
	}

	@Test
	void adminOnlyEndpointRefusesOtherRoles() throws Exception {
		HttpResponse<String> response = get("/admin", "access-token", KEY.token("u1", "user", Instant.now()));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body())
			.isEqualTo("{\"success\":false,\"message\":\"Role: user is not allowed to access this resource\"}");
		assertOk(get("/admin", "access-token", KEY.token("a1", "admin", Instant.now())), "admin a1");
	}

	@Test
	void adminRouteRefusesOtherRolesBeforeReadingTheBody() throws Exception {
		String user = KEY.token("u1", "user", Instant.now());
		HttpResponse<String> refused = post("/admin/things", "{\"name\":\"\"}", "access-token", user);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body())
			.isEqualTo("{\"success\":false,\"message\":\"Role: user is not allowed to access this resource\"}");
		assertThat(post("/admin/things", "not json", null, null)).satisfies((response) -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).isEqualTo(LOGIN);
		});
		String admin = KEY.token("a1", "admin", Instant.now());
		assertOk(post("/admin/things", "{\"name\":\"x\"}", "Authorization", "Bearer " + admin), "created x");
	}

	@Test
	void internalRouteAdmitsOnlyAServiceTokenWithItsScope() throws Exception {
		Instant now = Instant.now();
		String refused = "{\"success\":false,\"message\":\"Valid service credentials are required\"}";
		assertThat(get("/internal/things", null, null)).satisfies((response) -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).isEqualTo(refused);
		});
		assertThat(get("/internal/things", "Authorization", "Bearer " + KEY.token("a1", "admin", now)).statusCode())
			.isEqualTo(401);
		assertThat(get("/internal/things", "Authorization", "Bearer " + KEY.serviceToken("other", "media:upload", now))
			.statusCode()).isEqualTo(401);
		String course = KEY.serviceToken("course", "users:read media:upload", now);
		assertThat(get("/internal/things", "access-token", course).statusCode()).isEqualTo(401);
		assertThat(get("/internal/unannotated", "Authorization", "Bearer " + course).statusCode()).isEqualTo(401);
		assertOk(get("/internal/things", "Authorization", "Bearer " + course), "things for course");
	}

	@Test
	void aServiceTokenIsNotAUser() throws Exception {
		String course = KEY.serviceToken("course", "users:read", Instant.now());
		assertThat(get("/me", "Authorization", "Bearer " + course)).satisfies((response) -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).isEqualTo(LOGIN);
		});
	}

	@Test
	void tokenFiveSecondsPastExpiryIsRefused() throws Exception {
		String expired = KEY.token("u1", "user", Instant.now().minusSeconds(305));
		assertThat(get("/me", "Authorization", "Bearer " + expired).statusCode()).isEqualTo(401);
	}

	@Test
	void publicPathIgnoresInvalidToken() throws Exception {
		assertOk(get("/public/courses", "Cookie", "access_token=stale"), "anonymous");
		assertOk(get("/public/courses", "access-token", KEY.token("u1", "user", Instant.now())), "u1");
	}

	private void assertOk(HttpResponse<String> response, String body) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(body);
	}

	private HttpResponse<String> post(String path, String json, String header, String value) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (header != null) {
			request.header(header, value);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String header, String value) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (header != null) {
			request.header(header, value);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class, TokenVerificationAutoConfiguration.class,
			ServletSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
	@Import(TestController.class)
	static class App {

	}

	record Thing(String name) {
	}

	@RestController
	static class TestController {

		@GetMapping("/me")
		String me(AuthenticatedUser user) {
			return user.userId() + ":" + user.sessionId() + ":" + user.role();
		}

		@GetMapping("/admin")
		String admin(AuthenticatedUser user) {
			return "admin " + user.requireAdmin().userId();
		}

		@AdminOnly
		@PostMapping("/admin/things")
		String create(@RequestBody Thing thing) {
			return "created " + thing.name();
		}

		@ServiceScope("users:read")
		@GetMapping("/internal/things")
		String things(Authentication caller) {
			return "things for " + caller.getName();
		}

		@GetMapping("/internal/unannotated")
		String unannotated() {
			return "nobody should see this";
		}

		@GetMapping("/public/courses")
		String courses(Optional<AuthenticatedUser> user) {
			return user.map(AuthenticatedUser::userId).orElse("anonymous");
		}

	}

}
