package lms.gateway.edge;

import lms.gateway.support.GatewayTest;
import lms.gateway.support.StubIdentity;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "lms.gateway.cors.allowed-origins=https://admin.example.com,https://learn.example.com")
class CorsAndCorrelationTest extends GatewayTest {

	static final String REFUSED = "{\"success\":false,\"message\":\"Origin not allowed\"}";

	@Test
	void aPreflightFromAConfiguredOriginAllowsCredentialsAndTheTokenHeaders() {
		TestHttp.Response response = this.http.options("/api/v1/me", "Origin", "https://learn.example.com",
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers",
				"access-token,refresh-token,content-type,authorization");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://learn.example.com");
		assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
		assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("access-token")
			.containsIgnoringCase("refresh-token")
			.containsIgnoringCase("content-type")
			.containsIgnoringCase("authorization");
	}

	@Test
	void aPreflightFromAnotherOriginIsRefusedInTheContractsShape() {
		TestHttp.Response response = this.http.options("/api/v1/me", "Origin", "https://evil.example.com",
				"Access-Control-Request-Method", "GET");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		assertThat(response.body()).isEqualTo(REFUSED);
	}

	@Test
	void aRoutedRequestFromAnotherOriginIsRefusedInTheContractsShapeWithoutReachingTheService() {
		TestHttp.Response response = this.http.get("/api/v1/get-layout/Banner", "Origin", "https://evil.example.com");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.header("X-Correlation-Id")).isNotBlank();
		assertThat(response.body()).isEqualTo(REFUSED);
	}

	@Test
	void anActualRequestFromAConfiguredOriginNamesThatOriginNeverAWildcard() {
		TestHttp.Response response = this.http.get("/api/v1/get-courses", "Origin", "https://admin.example.com");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://admin.example.com");
		assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
	}

	@Test
	void aCorrelationIdIsGeneratedReturnedAndForwarded() {
		TestHttp.Response response = this.http.get("/api/v1/get-layout/Banner");

		String id = response.header("X-Correlation-Id");
		assertThat(id).isNotBlank();
		assertThat(StubIdentity.echoedHeaders(response.body())).containsEntry("x-correlation-id", id);
	}

	@Test
	void aClientsCorrelationIdIsKept() {
		TestHttp.Response response = this.http.get("/api/v1/get-layout/Banner", "X-Correlation-Id", "web-1234");

		assertThat(response.header("X-Correlation-Id")).isEqualTo("web-1234");
		assertThat(StubIdentity.echoedHeaders(response.body())).containsEntry("x-correlation-id", "web-1234");
	}

	@Test
	void aRefusedRequestCarriesItsCorrelationIdToo() {
		TestHttp.Response response = this.http.get("/api/v1/me");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("X-Correlation-Id")).isNotBlank();
	}

}
