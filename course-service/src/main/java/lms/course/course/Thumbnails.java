package lms.course.course;

import java.util.Map;

import lms.media.api.MediaUploads;
import lms.media.api.StoredImage;
import lms.kit.web.ApiException;

import org.springframework.stereotype.Component;

/**
 * Turns the {@code thumbnail} a client sends into the image to store: a data URL is
 * uploaded through media-service; the current URL or object keeps the stored image.
 * Replaced images are destroyed by media-service from the course events, never here.
 */
@Component
class Thumbnails {

	private final MediaUploads media;

	Thumbnails(MediaUploads media) {
		this.media = media;
	}

	Image resolve(Object thumbnail, Image current, String courseId) {
		if (thumbnail == null || thumbnail instanceof Map<?, ?>) {
			return current;
		}
		if (thumbnail instanceof String text) {
			if (text.isBlank() || text.startsWith("https://") || text.startsWith("http://")) {
				return current;
			}
			if (text.startsWith("data:image/")) {
				StoredImage stored = this.media.upload(text, MediaUploads.COURSE_THUMBNAIL, courseId);
				return new Image(stored.publicId(), stored.url());
			}
		}
		throw ApiException.unprocessable("Thumbnail must be an image data URL or the course's current image");
	}

}
