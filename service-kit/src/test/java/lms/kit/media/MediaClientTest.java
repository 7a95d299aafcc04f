package lms.kit.media;

import java.net.ServerSocket;
import java.time.Duration;

import lms.kit.http.RestClients;
import lms.kit.web.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaClientTest {

	private MediaStub media;

	private MediaClient client;

	@BeforeEach
	void start() throws Exception {
		this.media = MediaStub.start();
		this.client = client(this.media.url(), Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.media.close();
	}

	private static MediaClient client(String url, Duration responseTimeout) {
		return new MediaClient(RestClients.builder(Duration.ofSeconds(2), responseTimeout).baseUrl(url).build(),
				JsonMapper.shared());
	}

	@Test
	void postsTheFilePurposeAndOwnerAndReturnsTheStoredImage() {
		this.media.answer(201, "{\"public_id\":\"avatars/abc\",\"url\":\"https://res.example/avatars/abc.png\"}");

		StoredImage image = this.client.upload("data:image/png;base64,AAAA", MediaUploads.AVATAR, "user-1");

		assertThat(image).isEqualTo(new StoredImage("avatars/abc", "https://res.example/avatars/abc.png"));
		assertThat(JsonMapper.shared().readTree(this.media.bodies().get(0)).properties()).extracting(Object::toString)
			.containsExactly("file=\"data:image/png;base64,AAAA\"", "purpose=\"avatar\"", "ownerId=\"user-1\"");
	}

	@Test
	void clientErrorKeepsMediaServiceStatusAndMessage() {
		this.media.answer(413, "{\"success\":false,\"message\":\"Image is larger than 5 MB\"}");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("data:image/png;base64,AAAA", MediaUploads.AVATAR, "user-1"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
				assertThat(ex.getMessage()).isEqualTo("Image is larger than 5 MB");
			});
	}

	@Test
	void serverErrorBecomesBadGatewayWithAClearMessage() {
		this.media.answer(500, "{\"success\":false,\"message\":\"boom\"}");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("https://img.example/a.png", MediaUploads.COURSE_THUMBNAIL, "c-1"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
				assertThat(ex.getMessage()).isEqualTo("Image service unavailable, try again shortly");
			});
	}

	@Test
	void refusedServiceCredentialsAreOurFaultNotTheUsers() {
		this.media.answer(401, "{\"success\":false,\"message\":\"Valid service credentials are required\"}");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("https://img.example/a.png", MediaUploads.AVATAR, "user-1"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_GATEWAY));
	}

	@Test
	void unavailableMediaServiceStaysUnavailable() {
		this.media.answer(503, "{\"success\":false,\"message\":\"Cloudinary is down\"}");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("https://img.example/a.png", MediaUploads.LAYOUT_BANNER, "l-1"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
	}

	@Test
	void hangingMediaServiceTimesOutAsUnavailable() {
		this.media.delay(Duration.ofSeconds(30));
		MediaClient impatient = client(this.media.url(), Duration.ofMillis(300));

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> impatient.upload("https://img.example/a.png", MediaUploads.AVATAR, "user-1"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(ex.getMessage()).isEqualTo("Image service unavailable, try again shortly");
			});
	}

	@Test
	void unreachableMediaServiceIsUnavailable() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		MediaClient nowhere = client("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2));

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> nowhere.upload("https://img.example/a.png", MediaUploads.AVATAR, "user-1"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
	}

	@Test
	void autoConfiguredForServletAppsOnlyAndYieldsToAnotherImplementation() {
		AutoConfigurations config = AutoConfigurations.of(MediaClientAutoConfiguration.class);
		new WebApplicationContextRunner().withConfiguration(config)
			.withPropertyValues("lms.services.media.url=" + this.media.url())
			.run((context) -> assertThat(context).hasSingleBean(MediaUploads.class));
		new ApplicationContextRunner().withConfiguration(config)
			.run((context) -> assertThat(context).doesNotHaveBean(MediaUploads.class));
		new WebApplicationContextRunner().withConfiguration(config)
			.withBean(MediaUploads.class, () -> (file, purpose, owner) -> new StoredImage("p", "u"))
			.run((context) -> assertThat(context).hasSingleBean(MediaUploads.class).doesNotHaveBean(MediaClient.class));
	}

	@Test
	void autoConfiguredClientCallsTheConfiguredMediaUrl() {
		this.media.answer(201, "{\"public_id\":\"courses/x\",\"url\":\"https://res.example/courses/x.png\"}");
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(MediaClientAutoConfiguration.class))
			.withPropertyValues("lms.services.media.url=" + this.media.url())
			.run((context) -> assertThat(
					context.getBean(MediaUploads.class).upload("https://a.example/x.png", "course-thumbnail", "c-1"))
				.isEqualTo(new StoredImage("courses/x", "https://res.example/courses/x.png")));
	}

}
