package lms.gateway.errors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class EdgeErrorsTest {

	static final WireMockServer identity = identityStub();

	@LocalServerPort
	int port;

	TestHttp http;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.identity.url", () -> "http://127.0.0.1:" + identity.port());
		registry.add("lms.services.course.url", () -> "http://127.0.0.1:" + closedPort());
	}

	@AfterAll
	static void stopStub() {
		identity.stop();
	}

	@BeforeEach
	void client() {
		this.http = new TestHttp("http://127.0.0.1:" + this.port);
	}

	@Test
	void aContractPathIsForwardedToItsService() {
		TestHttp.Response response = this.http.postJson("/api/v1/registration", "{\"name\":\"Ann\"}");

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.body()).isEqualTo("{\"echo\":\"/api/v1/registration\"}");
	}

	@Test
	void anUnknownRouteIsNotFoundInTheContractShape() {
		TestHttp.Response response = this.http.get("/api/v1/no-such-thing?x=1");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body())
			.isEqualTo("{\"success\":false,\"message\":\"Route /api/v1/no-such-thing?x=1 not found\"}");
	}

	@Test
	void aServiceThatIsDownIsUnavailableNotAnError() {
		TestHttp.Response response = this.http.get("/api/v1/get-courses");

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.body()).startsWith("{\"success\":false,\"message\":\"Service temporarily unavailable");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWithoutReachingTheService() {
		byte[] body = new byte[20 * 1024 * 1024];

		TestHttp.Response response = this.http.postJson("/api/v1/registration", body);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.body()).isEqualTo("{\"success\":false,\"message\":\"Request body is too large\"}");
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/registration"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[20 * 1024 * 1024])))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).isEqualTo("{\"success\":false,\"message\":\"Request body is too large\"}");
	}

	/** A port that was just free: the course service is "down". */
	private static int closedPort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** identity answers 201 with the path it was given. */
	private static WireMockServer identityStub() {
		WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"echo\":\"{{request.path}}\"}")
			.withTransformers("response-template")));
		return server;
	}

}
