package lms.media.upload;

import java.util.Base64;

import lms.kit.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * Decodes {@code data:[<type>];base64,<data>} as browsers' {@code readAsDataURL} writes
 * it. The claimed type is ignored: the bytes decide.
 */
final class DataUrls {

	private DataUrls() {
	}

	static boolean isDataUrl(String file) {
		return file.regionMatches(true, 0, "data:", 0, 5);
	}

	static byte[] decode(String dataUrl, UploadProperties limits) {
		int comma = dataUrl.indexOf(',');
		if (comma < 0 || !dataUrl.substring(0, comma).toLowerCase().endsWith(";base64")) {
			throw ApiException.badRequest("Image data URL must be base64 encoded (data:image/...;base64,...)");
		}
		String data = dataUrl.substring(comma + 1).strip();
		long decodedAtLeast = (data.length() / 4L) * 3 - 2;
		if (decodedAtLeast > limits.maxSize().toBytes()) {
			throw tooLarge(limits);
		}
		try {
			return Base64.getDecoder().decode(data);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("Image data URL is not valid base64");
		}
	}

	static ApiException tooLarge(UploadProperties limits) {
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Image is larger than " + limits.maxSizeText());
	}

}
