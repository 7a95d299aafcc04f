package lms.identity.user;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code user} the original's clients read: {@code _id, name, email, avatar?, role,
 * isVerified, courses[{_id}], createdAt, updatedAt}. It has no field that could carry a
 * password hash.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserView(@JsonProperty("_id") String id, String name, String email, AvatarView avatar, String role,
		boolean isVerified, List<CourseView> courses, Instant createdAt, Instant updatedAt) {

	public static UserView of(User user) {
		User.Avatar avatar = user.avatar();
		AvatarView avatarView = (avatar != null && avatar.url() != null)
				? new AvatarView(avatar.publicId(), avatar.url()) : null;
		return new UserView(user.id(), user.name(), user.email(), avatarView, user.role(), user.isVerified(),
				user.courses().stream().map((course) -> new CourseView(course.id())).toList(), user.createdAt(),
				user.updatedAt());
	}

	public record AvatarView(@JsonProperty("public_id") String publicId, String url) {
	}

	public record CourseView(@JsonProperty("_id") String id) {
	}

	/** {@code {success, user}}, the answer of every profile endpoint. */
	public record Answer(boolean success, UserView user) {

		public static Answer of(User user) {
			return new Answer(true, UserView.of(user));
		}

	}

}
