package lms.course.payment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A PaymentIntent this service created, with the user it was created for; {@code usedFor}
 * names the course an order spent it on (null while unused).
 */
@Document(Payment.COLLECTION)
record Payment(@Id String id, String userId, String courseId, long amount, String currency, Instant createdAt,
		String usedFor, Instant usedAt) {

	static final String COLLECTION = "payments";

}
