package lms.media.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An image media-service stored: the original's {@code {public_id, url}} (url is the
 * secure URL).
 */
public record StoredImage(@JsonProperty("public_id") String publicId, String url) {
}
