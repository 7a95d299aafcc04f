package lms.course.course;

/** {@code {success, course}}. */
public record CourseResponse(boolean success, Object course) {

	public static CourseResponse of(Object course) {
		return new CourseResponse(true, course);
	}

}
