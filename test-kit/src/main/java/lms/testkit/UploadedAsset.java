package lms.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

/**
 * An asset the {@link CloudinaryStub} accepted, and the upload answer Cloudinary gives
 * for it. Files that are not readable images count as 100x100.
 *
 * @param cloudName the cloud
 * @param resourceType {@code image}, {@code raw}, ...
 * @param publicId the public id, folder included
 * @param format the file extension
 * @param width the width in pixels
 * @param height the height in pixels
 * @param bytes the file size
 * @param tags the tags
 */
record UploadedAsset(String cloudName, String resourceType, String publicId, String format, int width, int height,
		long bytes, List<String> tags) {

	static final String DELIVERY_HOST = "res.cloudinary.test";

	static UploadedAsset of(String cloudName, String resourceType, Map<String, String> fields, byte[] file) {
		String folder = fields.getOrDefault("folder", "");
		String id = fields.getOrDefault("public_id", randomId());
		String publicId = folder.isBlank() ? id : folder + "/" + id;
		BufferedImage image = image(file);
		String tags = fields.getOrDefault("tags", "");
		return new UploadedAsset(cloudName, "auto".equals(resourceType) ? "image" : resourceType, publicId,
				fields.getOrDefault("format", "png"), (image != null) ? image.getWidth() : 100,
				(image != null) ? image.getHeight() : 100, (file != null) ? file.length : 0,
				tags.isBlank() ? List.of() : Arrays.asList(tags.split(",")));
	}

	Map<String, Object> toJson() {
		String path = "%s/%s/upload/v1/%s.%s".formatted(this.cloudName, this.resourceType, this.publicId, this.format);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("asset_id", randomId());
		json.put("public_id", this.publicId);
		json.put("version", 1);
		json.put("version_id", randomId());
		json.put("signature", randomId());
		json.put("width", this.width);
		json.put("height", this.height);
		json.put("format", this.format);
		json.put("resource_type", this.resourceType);
		json.put("created_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		json.put("tags", this.tags);
		json.put("bytes", this.bytes);
		json.put("type", "upload");
		json.put("placeholder", false);
		json.put("url", "http://" + DELIVERY_HOST + "/" + path);
		json.put("secure_url", "https://" + DELIVERY_HOST + "/" + path);
		json.put("folder",
				this.publicId.contains("/") ? this.publicId.substring(0, this.publicId.lastIndexOf('/')) : "");
		return json;
	}

	private static BufferedImage image(byte[] file) {
		try {
			return (file != null) ? ImageIO.read(new ByteArrayInputStream(file)) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static String randomId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
	}

}
