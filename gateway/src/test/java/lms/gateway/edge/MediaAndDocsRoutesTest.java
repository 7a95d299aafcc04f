package lms.gateway.edge;

import lms.gateway.support.GatewayTest;
import lms.gateway.support.StubIdentity;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaAndDocsRoutesTest extends GatewayTest {

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
