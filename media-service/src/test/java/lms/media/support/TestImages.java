package lms.media.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Real image files, drawn in memory, and the data URLs browsers make of them. */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] png(int width, int height) {
		return encode(width, height, "png", BufferedImage.TYPE_INT_ARGB);
	}

	public static byte[] jpeg(int width, int height) {
		return encode(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
	}

	public static String dataUrl(String claimedType, byte[] bytes) {
		return "data:" + claimedType + ";base64," + Base64.getEncoder().encodeToString(bytes);
	}

	private static byte[] encode(int width, int height, String format, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		var graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
