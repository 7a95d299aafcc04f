package lms.identity.user;

import java.time.Instant;
import java.util.List;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * An account, shaped like the original's {@code users} documents; the password hash never
 * leaves this service. A deleted account stays, renamed and without credentials, only
 * until its events have left.
 */
@Document("users")
public record User(@Id String id, String name, @Indexed(unique = true) String email, String passwordHash, Avatar avatar,
		String role, boolean isVerified, List<CourseRef> courses, Instant createdAt, Instant updatedAt,
		PasswordReset passwordReset, Instant deletedAt, List<OutboxEntry> outbox) {

	public static final String EMAIL = "email";

	public static final String PASSWORD_HASH = "passwordHash";

	public static final String AVATAR = "avatar";

	public static final String ROLE = "role";

	public static final String COURSES = "courses";

	public static final String CREATED_AT = "createdAt";

	public static final String UPDATED_AT = "updatedAt";

	public static final String PASSWORD_RESET = "passwordReset";

	public static final String DELETED_AT = "deletedAt";

	public User {
		courses = (courses != null) ? courses : List.of();
		outbox = (outbox != null) ? outbox : List.of();
	}

	/** A new account with its creation events. */
	public static User create(String id, String name, String email, String passwordHash, String role, boolean verified,
			Instant now, List<OutboxEntry> outbox) {
		return new User(id, name, email, passwordHash, null, role, verified, List.of(), now, now, null, null, outbox);
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	/** Keeps the hash and reset code out of logs. */
	@Override
	public String toString() {
		return "User[id=" + this.id + ", email=" + this.email + ", role=" + this.role + "]";
	}

	public record Avatar(@Field("public_id") String publicId, String url) {
	}

	public record CourseRef(String id) {
	}

	/** A pending password reset: the code only as a hash, with its wrong guesses. */
	public record PasswordReset(String codeHash, Instant expiresAt, int failedAttempts) {
	}

}
