package lms.media.api;

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
	void start() {
		this.media = MediaStub.start();
		this.client = client(this.media.url(), Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.media.close();
	}

	private static MediaClient client(String url, Duration responseTimeout) {
		return new MediaClient(RestClients.builder(Duration.ofSeconds(2), responseTimeout)
			.baseUrl(url)
			.defaultHeader("Authorization", "Bearer service-token")
			.build(), JsonMapper.shared());
	}

	@Test
	void postsTheFilePurposeAndOwnerAndReturnsTheStoredImage() {
		StoredImage image = this.client.upload("data:image/png;base64,AAAA", MediaUploads.AVATAR, "user-1");

		assertThat(image.publicId()).matches("avatars/[^/]+");
		assertThat(image.url()).startsWith("https://").endsWith("/" + image.publicId() + ".png");
		assertThat(JsonMapper.shared().readTree(this.media.requests().get(0)).properties()).extracting(Object::toString)
			.containsExactly("file=\"data:image/png;base64,AAAA\"", "purpose=\"avatar\"", "ownerId=\"user-1\"");
		assertThat(this.media.tokens()).containsExactly("service-token");
	}

	@Test
	void refusalsOfTheContractKeepTheirStatusAndMessage() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("data:text/plain;base64,eA==", MediaUploads.AVATAR, "user-1"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
				assertThat(ex.getMessage()).isEqualTo("Only PNG, JPEG, GIF or WebP images are accepted");
			});
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("https://img.example/a.png", "wallpaper", "user-1"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
	}

	@Test
	void clientErrorKeepsMediaServiceStatusAndMessage() {
		this.media.failWith(413, "Image is larger than 5 MB");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("data:image/png;base64,AAAA", MediaUploads.AVATAR, "user-1"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
				assertThat(ex.getMessage()).isEqualTo("Image is larger than 5 MB");
			});
	}

	@Test
	void serverErrorBecomesBadGatewayWithAClearMessage() {
		this.media.failWith(500, "boom");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("https://img.example/a.png", MediaUploads.COURSE_THUMBNAIL, "c-1"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
				assertThat(ex.getMessage()).isEqualTo("Image service unavailable, try again shortly");
			});
	}

	@Test
	void refusedServiceCredentialsAreOurFaultNotTheUsers() {
		MediaClient withoutToken = new MediaClient(
				RestClients.builder(Duration.ofSeconds(2), Duration.ofSeconds(5)).baseUrl(this.media.url()).build(),
				JsonMapper.shared());

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> withoutToken.upload("https://img.example/a.png", MediaUploads.AVATAR, "user-1"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_GATEWAY));
	}

	@Test
	void unavailableMediaServiceStaysUnavailable() {
		this.media.failWith(503, "Cloudinary is down");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.client.upload("https://img.example/a.png", MediaUploads.LAYOUT_BANNER, "l-1"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
	}

	@Test
	void hangingMediaServiceTimesOutAsUnavailable() {
		this.media.hang(Duration.ofSeconds(30));
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
		this.media.failWith(503, "Cloudinary is down");
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(MediaClientAutoConfiguration.class))
			.withPropertyValues("lms.services.media.url=" + this.media.url())
			.run((context) -> assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> context.getBean(MediaUploads.class)
					.upload("https://a.example/x.png", "course-thumbnail", "c-1"))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)));
		assertThat(this.media.requests()).hasSize(1);
	}

}
