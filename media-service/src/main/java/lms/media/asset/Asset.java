package lms.media.asset;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An image media-service stored, and whose it is.
 *
 * @param publicId the store's id, folder included
 * @param url the (secure) URL it is served from
 * @param purpose {@code avatar}, {@code course-thumbnail} or {@code layout-banner}
 * @param ownerType {@code user}, {@code course} or {@code layout}
 * @param ownerId the owner's id
 * @param store {@code cloudinary} or {@code local}
 * @param createdAt when it was stored
 * @param deletedAt when it was destroyed, {@code null} while it exists
 */
@Document(Asset.COLLECTION)
public record Asset(@Id String publicId, String url, String purpose, String ownerType, String ownerId, String store,
		Instant createdAt, Instant deletedAt) {

	public static final String COLLECTION = "assets";

}
