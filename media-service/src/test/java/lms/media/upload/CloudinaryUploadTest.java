package lms.media.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lms.kit.http.RestClients;
import lms.media.api.MediaClient;
import lms.media.api.MediaStub;
import lms.media.api.MediaUploads;
import lms.media.api.StoredImage;
import lms.kit.web.ApiException;
import lms.media.asset.Asset;
import lms.media.support.TestImages;
import lms.testkit.CloudinarySignature;
import lms.testkit.CloudinaryStub;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.Interaction;
import lms.testkit.StubRequest;
import lms.testkit.TestHttp;
import lms.testkit.TestIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lms.media.cloudinary.timeout=1s", "lms.media.upload.max-size=1MB",
				"spring.cloud.function.definition=" })
@EmbeddedInfrastructure
class CloudinaryUploadTest {

	static final String PATH = "/internal/media/uploads";

	final CloudinaryStub cloudinary = CloudinaryStub.shared();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	TestHttp http;

	int requestsBefore;

	@DynamicPropertySource
	static void identity(DynamicPropertyRegistry registry) {
		registry.add("lms.security.jwks-url", TestIdentity.shared()::jwksUrl);
	}

	@BeforeEach
	void setUp() {
		this.http = new TestHttp("http://127.0.0.1:" + this.port);
		this.requestsBefore = this.cloudinary.requests().size();
	}

	@AfterEach
	void recover() {
		this.cloudinary.recover();
		this.cloudinary.delay(Duration.ZERO);
	}

	@Test
	void avatarIsUploadedSignedIntoAvatarsScaledTo150AndRecordedWithItsOwner() {
		byte[] png = TestImages.png(400, 300);
		String owner = "user-" + UUID.randomUUID();

		TestHttp.Response response = upload(TestImages.dataUrl("image/png", png), "avatar", owner);

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = this.json.readTree(response.body());
		String publicId = body.get("public_id").asString();
		assertThat(publicId).startsWith("avatars/");
		assertThat(body.get("url").asString()).startsWith("https://").endsWith(publicId + ".png");
		StubRequest request = onlyUpload();
		assertThat(request.status()).isEqualTo(200);
		assertThat(request.path()).isEqualTo("/v1_1/lms-test/image/upload");
		assertThat(request.param("api_key")).isEqualTo("test-key");
		assertThat(Long.parseLong(request.param("timestamp"))).isCloseTo(Instant.now().getEpochSecond(),
				org.assertj.core.data.Offset.offset(60L));
		assertThat(CloudinarySignature.verify(request.params(), this.cloudinary.apiSecret())).isTrue();
		assertThat(request.param("signature"))
			.isEqualTo(CloudinarySignature.sign(request.params(), this.cloudinary.apiSecret()));
		assertThat(request.param("folder")).isEqualTo("avatars");
		assertThat(request.param("transformation")).isEqualTo("c_scale,w_150");
		assertThat(request.fileSize()).isEqualTo(png.length);
		assertThat(this.cloudinary.storedPublicIds()).contains(publicId);
		Asset asset = this.mongo.findById(publicId, Asset.class);
		assertThat(asset).isNotNull();
		assertThat(asset.ownerId()).isEqualTo(owner);
		assertThat(asset.ownerType()).isEqualTo("user");
		assertThat(asset.url()).isEqualTo(body.get("url").asString());
		assertThat(asset.store()).isEqualTo("cloudinary");
	}

	@Test
	void courseThumbnailAndBannerGoToTheirFoldersWithoutOptions() {
		assertThat(
				upload(TestImages.dataUrl("image/jpeg", TestImages.jpeg(64, 48)), "course-thumbnail", "c-1").status())
			.isEqualTo(201);
		assertThat(upload(TestImages.dataUrl("image/png", TestImages.png(64, 48)), "layout-banner", "l-1").status())
			.isEqualTo(201);

		List<StubRequest> uploads = uploads();
		assertThat(uploads).extracting((request) -> request.param("folder")).containsExactly("courses", "layout");
		assertThat(uploads).allSatisfy((request) -> {
			assertThat(request.param("transformation")).isNull();
			assertThat(CloudinarySignature.verify(request.params(), this.cloudinary.apiSecret())).isTrue();
		});
	}

	@Test
	void typeComesFromTheBytesNotTheClaim() {
		String jpegClaimedAsPng = TestImages.dataUrl("image/png", TestImages.jpeg(20, 20));
		String textClaimedAsPng = TestImages.dataUrl("image/png", "<svg onload=alert(1)>".getBytes());

		assertThat(upload(jpegClaimedAsPng, "avatar", "u-1").status()).isEqualTo(201);
		TestHttp.Response refused = upload(textClaimedAsPng, "avatar", "u-1");

		assertRefused(refused, 415, "Only PNG, JPEG, GIF or WebP images are accepted");
		assertThat(uploads()).hasSize(1);
	}

	@Test
	void oversizedImageIsRefusedBeforeAnyUpload() {
		byte[] large = new byte[1024 * 1024 + 10];
		System.arraycopy(TestImages.png(1, 1), 0, large, 0, 8);

		assertRefused(upload(TestImages.dataUrl("image/png", large), "avatar", "u-1"), 413,
				"Image is larger than 1 MB");
		assertThat(uploads()).isEmpty();
	}

	@Test
	void badImagesAreRefusedBeforeAnyUpload() {
		byte[] truncatedPng = java.util.Arrays.copyOf(TestImages.png(50, 50), 20);

		assertRefused(upload(TestImages.dataUrl("image/png", truncatedPng), "avatar", "u-1"), 422,
				"Image could not be read");
		assertRefused(upload(TestImages.dataUrl("image/png", TestImages.png(10001, 1)), "avatar", "u-1"), 422,
				"Image dimensions 10001x1 are outside 1x1 to 10000x10000");
		assertRefused(upload("data:image/png;base64,@@@not-base64@@@", "avatar", "u-1"), 400,
				"Image data URL is not valid base64");
		assertRefused(upload("ftp://example.com/a.png", "avatar", "u-1"), 400,
				"File must be an image data URL or an https URL");
		assertRefused(upload(TestImages.dataUrl("image/png", TestImages.png(5, 5)), "wallpaper", "u-1"), 422,
				"Unknown purpose 'wallpaper': use avatar, course-thumbnail or layout-banner");
		TestHttp.Response missing = this.http.postJson(PATH, "{\"purpose\":\"avatar\",\"ownerId\":\"u-1\"}",
				"Authorization", "Bearer " + TestIdentity.shared().serviceToken("course", "media:upload"));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(uploads()).isEmpty();
	}

	@Test
	void cloudinaryOutageAnswers503WithAClearMessageAndRecordsNothing() {
		this.cloudinary.failWith(500);
		String owner = "user-" + UUID.randomUUID();

		TestHttp.Response response = upload(TestImages.dataUrl("image/png", TestImages.png(10, 10)), "avatar", owner);

		assertRefused(response, 503, "Image service unavailable, try again shortly");
		assertThat(
				this.mongo.find(
						org.springframework.data.mongodb.core.query.Query
							.query(org.springframework.data.mongodb.core.query.Criteria.where("ownerId").is(owner)),
						Asset.class))
			.isEmpty();
	}

	@Test
	void slowCloudinaryTimesOutQuicklyAs503() {
		this.cloudinary.delay(Duration.ofSeconds(5));
		long started = System.nanoTime();

		TestHttp.Response response = upload(TestImages.dataUrl("image/png", TestImages.png(10, 10)), "avatar", "u");

		assertRefused(response, 503, "Image service unavailable, try again shortly");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

	@Test
	void theKitsMediaClientSpeaksThisPort() {
		MediaClient client = new MediaClient(RestClients.builder(Duration.ofSeconds(2), Duration.ofSeconds(15))
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeader("Authorization", "Bearer " + TestIdentity.shared().serviceToken("identity", "media:upload"))
			.build(), this.json);

		StoredImage stored = client.upload(TestImages.dataUrl("image/png", TestImages.png(16, 16)),
				MediaUploads.COURSE_THUMBNAIL, "course-7");

		assertThat(stored.publicId()).startsWith("courses/");
		assertThat(stored.url()).startsWith("https://").contains(stored.publicId());
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> client.upload(TestImages.dataUrl("image/png", "not an image".getBytes()),
					MediaUploads.AVATAR, "user-7"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
				assertThat(ex.getMessage()).isEqualTo("Only PNG, JPEG, GIF or WebP images are accepted");
			});
		this.cloudinary.failWith(503);
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> client.upload(TestImages.dataUrl("image/png", TestImages.png(16, 16)),
					MediaUploads.AVATAR, "user-7"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(ex.getMessage()).isEqualTo("Image service unavailable, try again shortly");
			});
	}

	@Test
	void theUploadPortAdmitsOnlyAServiceTokenWithTheUploadScopeAndStoresNothingOtherwise() {
		String body = this.json.writeValueAsString(java.util.Map.of("file",
				TestImages.dataUrl("image/png", TestImages.png(16, 16)), "purpose", "avatar", "ownerId", "user-9"));
		TestIdentity identity = TestIdentity.shared();
		List<String[]> refused = List.of(new String[0],
				new String[] { "Authorization", "Bearer " + identity.adminToken() },
				new String[] { "access-token", identity.serviceToken("course", "media:upload") },
				new String[] { "Authorization", "Bearer " + identity.serviceToken("gateway", "sessions:refresh") });
		for (String[] credentials : refused) {
			assertRefused(this.http.postJson(PATH, body, credentials), 401, "Valid service credentials are required");
		}
		assertThat(uploads()).isEmpty();
		assertThat(this.http
			.postJson(PATH, body, "Authorization", "Bearer " + identity.serviceToken("course", "media:upload"))
			.status()).isEqualTo(201);
	}

	private TestHttp.Response upload(String file, String purpose, String owner) {
		return this.http.postJson(PATH,
				this.json.writeValueAsString(java.util.Map.of("file", file, "purpose", purpose, "ownerId", owner)),
				"Authorization", "Bearer " + TestIdentity.shared().serviceToken("course", "media:upload"));
	}

	private void assertRefused(TestHttp.Response response, int status, String message) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.get("message").asString()).isEqualTo(message);
	}

	private List<StubRequest> uploads() {
		List<StubRequest> all = this.cloudinary.requests();
		return all.subList(this.requestsBefore, all.size())
			.stream()
			.filter((request) -> "upload".equals(request.action()))
			.toList();
	}

	private StubRequest onlyUpload() {
		List<StubRequest> uploads = uploads();
		assertThat(uploads).hasSize(1);
		return uploads.get(0);
	}

	static List<Interaction> publishedInteractions() {
		return MediaStub.CONTRACT.interactions();
	}

	/**
	 * The contract media-service publishes to its consumers (lms-media-api's test
	 * artifact): each mapping's example, sent here with a real service token, gets the
	 * mapping's status and the body its stub answers.
	 */
	@ParameterizedTest
	@MethodSource("publishedInteractions")
	void thePortHonoursEachPublishedInteraction(Interaction interaction) {
		Map<String, String> values = MediaStub
			.exampleValues(TestIdentity.shared().serviceToken("course", "media:upload"));

		Interaction.Answer real = interaction.replay("http://127.0.0.1:" + this.port, values);

		interaction.assertHonouredBy(real, interaction.replay(MediaStub.shared().url(), values), values);
	}

}
