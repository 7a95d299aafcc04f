package lms.course.order;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import lms.course.enrollment.Enrollment;

/** An enrollment in the original's order shape (§3.3). */
record OrderView(@JsonProperty("_id") String id, String courseId, String userId,
		@JsonProperty("payment_info") Map<String, String> paymentInfo, Instant createdAt, Instant updatedAt) {

	static OrderView of(Enrollment enrollment) {
		return new OrderView(enrollment.id(), enrollment.courseId(), enrollment.userId(), enrollment.paymentInfo(),
				enrollment.createdAt(), enrollment.createdAt());
	}

}
