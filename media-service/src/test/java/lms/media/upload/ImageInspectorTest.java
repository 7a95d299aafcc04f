package lms.media.upload;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import lms.kit.web.ApiException;
import lms.media.store.Image;
import lms.media.store.ImageType;
import lms.media.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageInspectorTest {

	static final UploadProperties LIMITS = new UploadProperties(DataSize.ofMegabytes(5), 10000, 40_000_000,
			List.of("https"), false, Duration.ofSeconds(5), 3);

	final ImageInspector inspector = new ImageInspector(LIMITS);

	@Test
	void readsFormatAndDimensionsOfPngAndJpeg() {
		Image png = this.inspector.inspect(TestImages.png(321, 123));
		Image jpeg = this.inspector.inspect(TestImages.jpeg(64, 32));

		assertThat(png.type()).isEqualTo(ImageType.PNG);
		assertThat(png.width()).isEqualTo(321);
		assertThat(png.height()).isEqualTo(123);
		assertThat(jpeg.type()).isEqualTo(ImageType.JPEG);
		assertThat(jpeg.width()).isEqualTo(64);
	}

	@Test
	void readsWebpDimensionsFromItsHeader() {
		Image lossless = this.inspector.inspect(webpLossless(300, 200));
		Image extended = this.inspector.inspect(webpExtended(1200, 800));

		assertThat(lossless.type()).isEqualTo(ImageType.WEBP);
		assertThat(new int[] { lossless.width(), lossless.height() }).containsExactly(300, 200);
		assertThat(new int[] { extended.width(), extended.height() }).containsExactly(1200, 800);
	}

	@Test
	void refusesWhatIsNotAnImageWhateverItsName() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.inspector.inspect("GIF8 is not enough".getBytes(StandardCharsets.US_ASCII)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.inspector.inspect(new byte[0]))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
	}

	@Test
	void refusesHugeCanvasesDeclaredInASmallFile() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.inspector.inspect(webpExtended(9000, 9000)))
			.withMessage("Image dimensions 9000x9000 are outside 1x1 to 10000x10000")
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
	}

	@Test
	void refusesMoreThanTheSizeLimit() {
		var small = new ImageInspector(new UploadProperties(DataSize.ofBytes(100), 10000, 40_000_000, List.of("https"),
				false, Duration.ofSeconds(5), 3));

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> small.inspect(TestImages.png(200, 200)))
			.withMessage("Image is larger than 100 bytes")
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
	}

	static byte[] webpLossless(int width, int height) {
		ByteBuffer b = riff("VP8L", 10);
		b.put((byte) 0x2F);
		b.putInt((width - 1) | (height - 1) << 14);
		return b.array();
	}

	static byte[] webpExtended(int width, int height) {
		ByteBuffer b = riff("VP8X", 10);
		b.putInt(0);
		putU24(b, width - 1);
		putU24(b, height - 1);
		return b.array();
	}

	private static ByteBuffer riff(String chunk, int chunkSize) {
		ByteBuffer b = ByteBuffer.allocate(20 + chunkSize + 8).order(ByteOrder.LITTLE_ENDIAN);
		b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + chunkSize);
		b.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunk.getBytes(StandardCharsets.US_ASCII));
		b.putInt(chunkSize);
		return b;
	}

	private static void putU24(ByteBuffer b, int value) {
		b.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
	}

}
