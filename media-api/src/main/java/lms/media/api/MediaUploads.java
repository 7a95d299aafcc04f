package lms.media.api;

/**
 * media-service's internal upload port, as identity-service and course-service call it:
 * {@code POST {lms.services.media.url}/internal/media/uploads} with {@code {"file":
 * "<data URL or https URL>", "purpose": "avatar|course-thumbnail|layout-banner",
 * "ownerId": "…"}}, answered 201 {@code {"public_id": "…", "url": "…"}}.
 */
public interface MediaUploads {

	String AVATAR = "avatar";

	String COURSE_THUMBNAIL = "course-thumbnail";

	String LAYOUT_BANNER = "layout-banner";

	/**
	 * Stores an image and returns where it lives.
	 * @throws lms.kit.web.ApiException with media-service's own 4xx status and message
	 * for a bad image, or 502/503 when media-service or Cloudinary cannot store it now
	 */
	StoredImage upload(String file, String purpose, String ownerId);

}
