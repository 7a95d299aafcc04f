package lms.media.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import lms.kit.web.ApiException;
import lms.media.store.Image;
import lms.media.store.ImageType;

import org.springframework.http.HttpStatus;

/**
 * Checks decoded bytes before anything is stored: an accepted format read from the bytes,
 * the size limit and sane dimensions, read from the header without decoding the pixels.
 */
final class ImageInspector {

	private final UploadProperties limits;

	ImageInspector(UploadProperties limits) {
		this.limits = limits;
	}

	UploadProperties limits() {
		return this.limits;
	}

	Image inspect(byte[] bytes) {
		if (bytes.length > this.limits.maxSize().toBytes()) {
			throw DataUrls.tooLarge(this.limits);
		}
		ImageType type = ImageType.detect(bytes)
			.orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Only PNG, JPEG, GIF or WebP images are accepted"));
		int[] size = (type == ImageType.WEBP) ? WebpHeader.dimensions(bytes) : dimensions(bytes);
		if (size == null) {
			throw ApiException.unprocessable("Image could not be read");
		}
		int width = size[0];
		int height = size[1];
		if (width < 1 || height < 1 || width > this.limits.maxDimension() || height > this.limits.maxDimension()
				|| (long) width * height > this.limits.maxPixels()) {
			throw ApiException.unprocessable("Image dimensions %dx%d are outside 1x1 to %dx%d".formatted(width, height,
					this.limits.maxDimension(), this.limits.maxDimension()));
		}
		return new Image(bytes, type, width, height);
	}

	private static int[] dimensions(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
