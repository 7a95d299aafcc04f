package lms.media.upload;

import lms.media.api.MediaUploads;
import lms.media.api.StoredImage;
import lms.kit.web.ApiException;
import lms.media.asset.Assets;
import lms.media.store.Image;
import lms.media.store.ImageStore;
import lms.media.store.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an image, stores it and records it with its owner. Nothing reaches the store
 * before every check passed. Also the in-process {@link MediaUploads}, so media-service
 * needs no HTTP client of itself.
 */
class UploadService implements MediaUploads {

	private static final Logger log = LoggerFactory.getLogger(UploadService.class);

	private final ImageInspector inspector;

	private final RemoteImages remote;

	private final ImageStore store;

	private final Assets assets;

	UploadService(ImageInspector inspector, RemoteImages remote, ImageStore store, Assets assets) {
		this.inspector = inspector;
		this.remote = remote;
		this.store = store;
		this.assets = assets;
	}

	@Override
	public StoredImage upload(String file, String purposeName, String ownerId) {
		Purpose purpose = Purpose.of(purposeName)
			.orElseThrow(() -> ApiException.unprocessable(
					"Unknown purpose '%s': use avatar, course-thumbnail or layout-banner".formatted(purposeName)));
		if (file == null || file.isBlank()) {
			throw ApiException.badRequest("Please enter an image");
		}
		Image image = this.inspector.inspect(bytes(file.strip()));
		StoredImage stored = this.store.store(image, purpose);
		this.assets.record(stored.publicId(), stored.url(), purpose.label(), purpose.ownerType(), ownerId,
				this.store.name());
		log.info("Stored {} {} ({}x{} {}) for {} {}", purpose.label(), stored.publicId(), image.width(), image.height(),
				image.type(), purpose.ownerType(), ownerId);
		return stored;
	}

	private byte[] bytes(String file) {
		if (DataUrls.isDataUrl(file)) {
			return DataUrls.decode(file, this.inspector.limits());
		}
		if (this.remote.accepts(file)) {
			return this.remote.fetch(file);
		}
		throw ApiException.badRequest("File must be an image data URL or an https URL");
	}

}
