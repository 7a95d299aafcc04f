package lms.media.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import lms.media.support.TestImages;
import lms.testkit.CloudinaryStub;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestHttp;
import lms.testkit.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run: no Cloudinary credentials, images on disk, served back under
 * {@code /media}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lms.media.cloudinary.url=", "lms.media.local-store.public-base-url=http://gateway.test/media/",
				"spring.cloud.function.definition=" })
@EmbeddedInfrastructure
class LocalStoreTest {

	static Path directory;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	ImageStore store;

	TestHttp http;

	@DynamicPropertySource
	static void directory(DynamicPropertyRegistry registry) throws Exception {
		directory = Files.createTempDirectory("lms-media-test");
		registry.add("lms.media.local-store.directory", directory::toString);
		registry.add("lms.security.jwks-url", TestIdentity.shared()::jwksUrl);
	}

	@BeforeEach
	void setUp() {
		this.http = new TestHttp("http://127.0.0.1:" + this.port);
	}

	@Test
	void withoutCloudinaryCredentialsImagesAreStoredOnDiskAndServedBack() {
		int cloudinaryRequests = CloudinaryStub.shared().requests().size();
		byte[] png = TestImages.png(30, 20);

		TestHttp.Response response = this.http.postJson("/internal/media/uploads",
				this.json.writeValueAsString(Map.of("file", TestImages.dataUrl("image/png", png), "purpose",
						"course-thumbnail", "ownerId", "course-1")),
				"Authorization", "Bearer " + TestIdentity.shared().serviceToken("course", "media:upload"));

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode body = this.json.readTree(response.body());
		String publicId = body.get("public_id").asString();
		assertThat(publicId).matches("courses/[0-9a-f]{20}");
		assertThat(body.get("url").asString()).isEqualTo("http://gateway.test/media/" + publicId);
		assertThat(directory.resolve(publicId)).hasBinaryContent(png);
		TestHttp.Response served = this.http.get("/media/" + publicId);
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.header("Content-Type")).isEqualTo("image/png");
		assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.raw().body()).hasSize(served.body().length());
		assertThat(CloudinaryStub.shared().requests()).hasSize(cloudinaryRequests);
		assertThat(this.http.get("/media/" + publicId, "Cookie", "access-token=expired.or.forged").status())
			.as("an image is public: a stale token cookie the browser sends along is ignored, as at the gateway")
			.isEqualTo(200);
	}

	@Test
	void servedBytesAreTheStoredImage() throws Exception {
		byte[] jpeg = TestImages.jpeg(12, 12);
		String publicId = this.store.store(new Image(jpeg, ImageType.JPEG, 12, 12), Purpose.AVATAR).publicId();

		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/media/" + publicId))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(jpeg);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
	}

	@Test
	void onlyStoredImagesAreServed() {
		assertThat(this.http.get("/media/avatars/0123456789abcdef0123").status()).isEqualTo(404);
		assertThat(this.http.get("/media/secrets/0123456789abcdef0123").status()).isEqualTo(404);
		assertThat(this.http.get("/media/avatars/..%2F..%2Fetc%2Fpasswd").status()).isIn(400, 404);
		assertThat(this.http.get("/media/avatars/0123456789abcdef0123").body()).contains("\"success\":false");
	}

	@Test
	void theImageRouteIsMappedForGetOnlySoOtherMethodsAreNotAllowed() {
		String path = "/media/avatars/0123456789abcdef0123";

		TestHttp.Response post = this.http.postJson(path, "{}");
		TestHttp.Response options = this.http.options(path);

		assertThat(post.status()).isEqualTo(405);
		assertThat(post.body()).isEqualTo("{\"success\":false,\"message\":\"Method POST is not allowed here\"}");
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.header("Allow")).isEqualTo("GET,HEAD,OPTIONS");
	}

	@Test
	void destroyRemovesTheFileAndToleratesAMissingOne() {
		String publicId = this.store.store(new Image(TestImages.png(3, 3), ImageType.PNG, 3, 3), Purpose.LAYOUT_BANNER)
			.publicId();

		this.store.destroy(publicId);
		this.store.destroy(publicId);

		assertThat(directory.resolve(publicId)).doesNotExist();
		assertThat(this.http.get("/media/" + publicId).status()).isEqualTo(404);
	}

}
