package lms.course.course;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * The body of create-course and edit-course as the clients send it. On create the
 * original's required fields must be there; on edit an absent field keeps its value, a
 * blank one is refused. {@code thumbnail} is a data URL, the current {@code https} URL or
 * the stored {@code {public_id, url}}.
 */
public record CourseRequest(
		@NotBlank(groups = OnCreate.class, message = "Please enter the course name") @Pattern(regexp = TEXT,
				message = "Please enter the course name") @Size(max = 300) String name,
		@NotBlank(groups = OnCreate.class, message = "Please enter the course description") @Pattern(regexp = TEXT,
				message = "Please enter the course description") @Size(max = 50_000) String description,
		@NotBlank(groups = OnCreate.class, message = "Please enter the course categories") @Pattern(regexp = TEXT,
				message = "Please enter the course categories") @Size(max = 300) String categories,
		@NotNull(groups = OnCreate.class, message = "Please enter the course price") @PositiveOrZero(
				message = "Price must not be negative") Double price,
		@PositiveOrZero(message = "Estimated price must not be negative") Double estimatedPrice, Object thumbnail,
		@NotBlank(groups = OnCreate.class, message = "Please enter the course tags") @Pattern(regexp = TEXT,
				message = "Please enter the course tags") @Size(max = 1000) String tags,
		@NotBlank(groups = OnCreate.class, message = "Please enter the course level") @Pattern(regexp = TEXT,
				message = "Please enter the course level") @Size(max = 100) String level,
		@NotBlank(groups = OnCreate.class, message = "Please enter the demo video") @Pattern(regexp = TEXT,
				message = "Please enter the demo video") @Size(max = 500) String demoUrl,
		@Size(max = 100) List<@Valid @NotNull TitledRequest> benefits,
		@Size(max = 100) List<@Valid @NotNull TitledRequest> prerequisites,
		@Size(max = 1000) List<@Valid @NotNull LessonRequest> courseData) {

	/** Not blank when present. */
	static final String TEXT = "(?s).*\\S.*";

	/** The constraints of create-course: the original's required fields. */
	public interface OnCreate extends Default {

	}

}
