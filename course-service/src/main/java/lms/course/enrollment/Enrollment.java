package lms.course.enrollment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user's access to a course; one per (userId, courseId). */
@Document(Enrollment.COLLECTION)
public record Enrollment(@Id String id, String userId, String courseId, Instant createdAt) {

	public static final String COLLECTION = "enrollments";

}
