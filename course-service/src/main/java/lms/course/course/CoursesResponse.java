package lms.course.course;

import java.util.List;

/** {@code {success, courses}}. */
public record CoursesResponse(boolean success, List<?> courses) {

	public static CoursesResponse of(List<?> courses) {
		return new CoursesResponse(true, courses);
	}

}
