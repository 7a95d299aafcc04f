package lms.course.course;

import jakarta.validation.constraints.NotBlank;

/** The body form of delete-course: {@code {id}}. */
record DeleteCourseRequest(@NotBlank(message = "Please enter the course id") String id) {
}
