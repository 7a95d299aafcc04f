package lms.notification.admin;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A notification in the original's shape ({@code _id, title, message, status, createdAt,
 * updatedAt, __v}) plus the user and course it concerns. {@code audience} is
 * {@value #ADMINS} for the admin dashboard; in-app notifications for one user carry
 * {@value #REVIEWER}.
 */
@Document("notifications")
public record AdminNotification(@Id @JsonProperty("_id") String id, String title, String message, String status,
		String audience, String userId, String courseId, String reviewId, Instant createdAt, Instant updatedAt,
		@Field("__v") @JsonProperty("__v") int version) {

	public static final String ADMINS = "admins";

	public static final String REVIEWER = "reviewer";

	public static final String UNREAD = "unread";

	public static final String READ = "read";

}
