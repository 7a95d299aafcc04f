package lms.media.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import lms.media.asset.Asset;
import lms.media.support.TestImages;
import lms.testkit.CloudinaryStub;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.StubRequest;
import lms.testkit.TestHttp;
import lms.testkit.TestIdentity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cloudinary url given when the application starts picks Cloudinary; LocalStoreTest
 * is the same application started without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.cloud.function.definition=")
@EmbeddedInfrastructure
class CloudinaryChosenAtRunTimeTest {

	final CloudinaryStub cloudinary = CloudinaryStub.shared();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	@DynamicPropertySource
	static void cloudinary(DynamicPropertyRegistry registry) {
		registry.add("lms.media.cloudinary.url", CloudinaryStub.shared()::cloudinaryUrl);
		registry.add("lms.security.jwks-url", TestIdentity.shared()::jwksUrl);
	}

	@Test
	void withTheCloudinaryUrlUploadsGoToCloudinaryAndTheLocalImageRouteServesNone() throws Exception {
		int requestsBefore = this.cloudinary.requests().size();

		TestHttp.Response response = new TestHttp("http://127.0.0.1:" + this.port).postJson("/internal/media/uploads",
				this.json.writeValueAsString(Map.of("file", TestImages.dataUrl("image/png", TestImages.png(8, 8)),
						"purpose", "avatar", "ownerId", "user-1")),
				"Authorization", "Bearer " + TestIdentity.shared().serviceToken("course", "media:upload"));

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String publicId = this.json.readTree(response.body()).get("public_id").asString();
		List<StubRequest> requests = this.cloudinary.requests();
		assertThat(requests.subList(requestsBefore, requests.size())).singleElement()
			.satisfies((request) -> assertThat(request.action()).isEqualTo("upload"));
		assertThat(this.cloudinary.storedPublicIds()).contains(publicId);
		assertThat(this.mongo.findById(publicId, Asset.class).store()).isEqualTo("cloudinary");
		for (String id : List.of(publicId, "avatars/0123456789abcdef0123")) {
			HttpResponse<String> local = send("GET", "/media/" + id);
			assertThat(local.statusCode()).as("GET /media/" + id).isEqualTo(404);
			assertThat(local.body()).isEqualTo("{\"success\":false,\"message\":\"Image not found\"}");
		}
	}

	private HttpResponse<String> send(String method, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
