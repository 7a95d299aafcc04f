package lms.course.course;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.data.mongodb.core.mapping.Field;

/** An image as the original stores it: {@code {public_id, url}}. */
public record Image(@Field("public_id") @JsonProperty("public_id") String publicId, String url) {

	public static Image avatar(String url) {
		return (url != null && !url.isBlank()) ? new Image(null, url) : null;
	}

}
