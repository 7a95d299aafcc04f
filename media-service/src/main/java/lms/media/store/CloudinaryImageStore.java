package lms.media.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.cloudinary.Cloudinary;
import com.cloudinary.Transformation;
import lms.media.api.StoredImage;
import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;

/**
 * Images on Cloudinary through its Java SDK. At most {@code maxConcurrentCalls} calls run
 * at once; every failure becomes a status the caller can act on.
 */
class CloudinaryImageStore implements ImageStore {

	static final String UNAVAILABLE = "Image service unavailable, try again shortly";

	private static final Logger log = LoggerFactory.getLogger(CloudinaryImageStore.class);

	private final Cloudinary cloudinary;

	private final Semaphore slots;

	private final CloudinaryProperties properties;

	CloudinaryImageStore(Cloudinary cloudinary, CloudinaryProperties properties) {
		this.cloudinary = cloudinary;
		this.properties = properties;
		this.slots = new Semaphore(properties.maxConcurrentCalls());
	}

	@Override
	public StoredImage store(Image image, Purpose purpose) {
		Map<String, Object> options = new HashMap<>();
		options.put("folder", purpose.folder());
		options.put("resource_type", "image");
		options.put("filename", "image." + image.type().extension());
		purpose.width()
			.ifPresent((width) -> options.put("transformation", new Transformation<>().width(width).crop("scale")));
		Map<?, ?> result = call("upload", () -> this.cloudinary.uploader().upload(image.bytes(), withErrors(options)));
		return new StoredImage((String) result.get("public_id"), (String) result.get("secure_url"));
	}

	@Override
	public void destroy(String publicId) {
		Map<String, Object> options = Map.of("resource_type", "image", "invalidate", true);
		Map<?, ?> result = call("destroy", () -> this.cloudinary.uploader().destroy(publicId, withErrors(options)));
		log.info("Cloudinary destroy of {} answered {}", publicId, result.get("result"));
	}

	@Override
	public String name() {
		return "cloudinary";
	}

	private static Map<String, Object> withErrors(Map<String, Object> options) {
		Map<String, Object> all = new HashMap<>(options);
		all.put("return_error", true);
		return all;
	}

	private Map<?, ?> call(String action, Call call) {
		acquire();
		try {
			Map<?, ?> result = call.run();
			if (result.get("error") instanceof Map<?, ?> error) {
				throw refused(action, error);
			}
			return result;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ApiException api) {
				throw api;
			}
			log.warn("Cloudinary {} failed: {}", action, ex.toString());
			throw ApiException.unavailable(UNAVAILABLE);
		}
		finally {
			this.slots.release();
		}
	}

	private void acquire() {
		try {
			if (!this.slots.tryAcquire(this.properties.acquireTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("All {} Cloudinary call slots busy", this.properties.maxConcurrentCalls());
				throw ApiException.unavailable(UNAVAILABLE);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ApiException.unavailable(UNAVAILABLE);
		}
	}

	/**
	 * Cloudinary's own error: a refused image is the client's (422); anything else is
	 * ours or Cloudinary's (502, or 503 for an outage or rate limit).
	 */
	private static ApiException refused(String action, Map<?, ?> error) {
		int code = (error.get("http_code") instanceof Number number) ? number.intValue() : 500;
		log.warn("Cloudinary {} answered {}: {}", action, code, error.get("message"));
		if (code == 400 && "upload".equals(action)) {
			return ApiException.unprocessable("Image was refused: " + error.get("message"));
		}
		if (code >= 500 || code == 420 || code == 429) {
			return ApiException.unavailable(UNAVAILABLE);
		}
		return new ApiException(HttpStatus.BAD_GATEWAY, "Image service rejected the request, try again later");
	}

	@FunctionalInterface
	private interface Call {

		Map<?, ?> run() throws IOException;

	}

}
