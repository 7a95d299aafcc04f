package lms.media.store;

import lms.media.api.StoredImage;

/**
 * Where images live: Cloudinary, or the local disk when no Cloudinary credentials are
 * configured.
 */
public interface ImageStore {

	/**
	 * Stores a checked image in its purpose's folder with its options.
	 * @throws lms.kit.web.ApiException 502/503 when the store cannot take it now, 422
	 * when it refuses the image
	 */
	StoredImage store(Image image, Purpose purpose);

	/**
	 * Removes an image; an image that is already gone counts as removed.
	 * @throws lms.kit.web.ApiException when the store cannot remove it now
	 */
	void destroy(String publicId);

	/** A name for logs and for the asset records: {@code cloudinary} or {@code local}. */
	String name();

}
