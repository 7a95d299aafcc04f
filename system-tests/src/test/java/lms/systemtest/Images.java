package lms.systemtest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;

import javax.imageio.ImageIO;

import lms.testkit.CloudinaryStub;

import static org.awaitility.Awaitility.await;

/**
 * Pictures as the apps upload them (a data URL from the file picker), and their fate on
 * the Cloudinary stand-in.
 */
final class Images {

	private Images() {
	}

	/** A small PNG of one colour, as a {@code data:image/png;base64,…} URL. */
	static String pngDataUrl(int rgb) {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < image.getWidth(); x++) {
			image.setRGB(x, 1, rgb);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

	/** Waits until the image store no longer holds this image. */
	static void awaitDestroyed(CloudinaryStub cloudinary, String publicId) {
		await().atMost(Duration.ofSeconds(30)).until(() -> !cloudinary.storedPublicIds().contains(publicId));
	}

}
