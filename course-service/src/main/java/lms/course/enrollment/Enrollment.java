package lms.course.enrollment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user's access to a course, one per (userId, courseId): the original's order.
 * {@code paymentInfo} holds the verified payment's id ({@code {}} for a free course);
 * {@code outbox} carries {@code EnrollmentCreated} in the same insert.
 */
@Document(Enrollment.COLLECTION)
public record Enrollment(@Id String id, String userId, String courseId, Map<String, String> paymentInfo,
		Instant createdAt, List<OutboxEntry> outbox) {

	public static final String COLLECTION = "enrollments";

	public Enrollment {
		paymentInfo = (paymentInfo != null) ? Map.copyOf(paymentInfo) : Map.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

}
