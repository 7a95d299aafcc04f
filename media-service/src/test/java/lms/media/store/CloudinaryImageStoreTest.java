package lms.media.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import lms.media.api.StoredImage;
import lms.kit.web.ApiException;
import lms.media.support.TestImages;
import lms.testkit.CloudinaryStub;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK-backed store against a stub of its own, so delays and outages touch no other
 * test.
 */
class CloudinaryImageStoreTest {

	@AutoClose
	final CloudinaryStub cloudinary = CloudinaryStub.create("own-cloud", "own-key", "own-secret");

	final Image image = new Image(TestImages.png(8, 8), ImageType.PNG, 8, 8);

	@Test
	void callsBeyondTheConcurrencyLimitFailFastInsteadOfQueueing() throws Exception {
		CloudinaryImageStore store = store(2, Duration.ofMillis(200), Duration.ofSeconds(10));
		this.cloudinary.delay(Duration.ofSeconds(2));
		List<Object> outcomes = new ArrayList<>();

		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Object>> calls = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				calls.add(callers.submit(() -> attempt(store)));
			}
			for (Future<Object> call : calls) {
				outcomes.add(call.get());
			}
		}

		assertThat(outcomes).filteredOn(StoredImage.class::isInstance).hasSize(2);
		assertThat(outcomes).filteredOn(HttpStatus.SERVICE_UNAVAILABLE::equals).hasSize(4);
		assertThat(this.cloudinary.requests()).hasSize(2);
	}

	@Test
	void wrongCredentialsAreABadGatewayNotTheClientsFault() {
		CloudinaryProperties wrong = new CloudinaryProperties("cloudinary://own-key:not-the-secret@own-cloud",
				this.cloudinary.uploadPrefix(), Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofSeconds(1));
		CloudinaryImageStore store = new CloudinaryImageStore(CloudinaryClientFactory.create(wrong), wrong);

		assertThat(attempt(store)).isEqualTo(HttpStatus.BAD_GATEWAY);
		assertThat(this.cloudinary.requests()).singleElement()
			.satisfies((request) -> assertThat(request.status()).isEqualTo(401));
	}

	@Test
	void unreachableCloudinaryIsUnavailable() {
		CloudinaryStub gone = CloudinaryStub.create("gone", "k", "s");
		String prefix = gone.uploadPrefix();
		gone.close();
		CloudinaryProperties properties = new CloudinaryProperties("cloudinary://k:s@gone", prefix,
				Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Duration.ofSeconds(1));

		assertThat(attempt(new CloudinaryImageStore(CloudinaryClientFactory.create(properties), properties)))
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void destroyingAMissingImageSucceeds() {
		CloudinaryImageStore store = store(2, Duration.ofSeconds(1), Duration.ofSeconds(5));

		store.destroy("avatars/not-there");

		assertThat(this.cloudinary.requests()).singleElement()
			.satisfies((request) -> assertThat(request.action()).isEqualTo("destroy"));
	}

	private Object attempt(CloudinaryImageStore store) {
		try {
			return store.store(this.image, Purpose.AVATAR);
		}
		catch (ApiException ex) {
			return ex.status();
		}
	}

	private CloudinaryImageStore store(int maxConcurrent, Duration acquireTimeout, Duration timeout) {
		CloudinaryProperties properties = new CloudinaryProperties(this.cloudinary.cloudinaryUrl(),
				this.cloudinary.uploadPrefix(), Duration.ofSeconds(2), timeout, maxConcurrent, acquireTimeout);
		return new CloudinaryImageStore(CloudinaryClientFactory.create(properties), properties);
	}

}
