package lms.identity.user;

import java.time.Instant;
import java.util.List;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account, shaped like the original's {@code users} documents; the password hash never
 * leaves this service.
 */
@Document("users")
public record User(@Id String id, String name, @Indexed(unique = true) String email, String passwordHash, Avatar avatar,
		String role, boolean isVerified, List<CourseRef> courses, Instant createdAt, Instant updatedAt,
		List<OutboxEntry> outbox) {

	public record Avatar(String publicId, String url) {
	}

	public record CourseRef(String id) {
	}

}
