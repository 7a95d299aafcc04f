package lms.gateway.edge;

import lms.gateway.support.StubIdentity;
import lms.testkit.TokenIssuer;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class MediaAndDocsRoutesTest {

	static final StubIdentity services = new StubIdentity(new TokenIssuer());

	@LocalServerPort
	int port;

	TestHttp http;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.identity.url", services::url);
		registry.add("lms.services.course.url", services::url);
		registry.add("lms.services.notification.url", services::url);
		registry.add("lms.services.media.url", services::url);
	}

	@AfterAll
	static void stopStub() {
		services.close();
	}

	@BeforeEach
	void client() {
		this.http = new TestHttp("http://127.0.0.1:" + this.port);
	}

	@Test
	void mediaFilesAreServedByMediaServiceWithoutAToken() {
		TestHttp.Response response = this.http.get("/media/avatars/abc.png");

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubIdentity.echoed(response.body())).containsEntry("path", "/media/avatars/abc.png");
	}

	@Test
	void eachServicesOpenApiDocumentIsReachableForTheSwaggerUi() {
		for (String service : new String[] { "identity", "course", "notification", "media" }) {
			TestHttp.Response response = this.http.get("/openapi/" + service);

			assertThat(response.status()).isEqualTo(200);
			assertThat(StubIdentity.echoed(response.body())).containsEntry("path", "/v3/api-docs");
		}
	}

	@Test
	void theSwaggerUiListsEveryService() {
		TestHttp.Response config = this.http.get("/v3/api-docs/swagger-config");

		assertThat(config.status()).isEqualTo(200);
		assertThat(config.body()).contains("/openapi/identity", "/openapi/course", "/openapi/notification",
				"/openapi/media");
		assertThat(this.http.get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

}
