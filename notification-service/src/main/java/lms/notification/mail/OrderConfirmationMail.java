package lms.notification.mail;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import lms.events.course.EnrollmentCreated;
import lms.kit.messaging.ReceivedEvent;

import org.springframework.stereotype.Component;

/**
 * {@code EnrollmentCreated} → "Order Confirmation" with the original's fields: the order
 * id shown as the first 6 characters of the course id, the course name, the price as
 * {@code $<price>} and the date as {@code August 23, 2024}.
 */
@Component
class OrderConfirmationMail {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

	private final Mailer sender;

	private final MailProperties properties;

	private final Clock clock;

	OrderConfirmationMail(Mailer sender, MailProperties properties, Clock clock) {
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	void send(ReceivedEvent<EnrollmentCreated> received) {
		EnrollmentCreated event = received.payload();
		Instant orderedAt = (received.time() != null) ? received.time() : this.clock.instant();
		Map<String, Object> order = Map.of("_id", shortId(event.courseId()), "name", event.courseName(), "price",
				price(event.price()), "date", DATE.format(orderedAt.atZone(this.properties.timeZone())));
		this.sender.send(
				new Mail(event.userEmail(), "Order Confirmation", "order-confirmation", Map.of("name", event.userName(),
						"order", order, "courseUrl", this.properties.link("/course-access/" + event.courseId()))));
	}

	private static String shortId(String courseId) {
		return courseId.substring(0, Math.min(6, courseId.length()));
	}

	static String price(BigDecimal price) {
		BigDecimal amount = (price != null) ? price : BigDecimal.ZERO;
		return "$" + ((amount.signum() == 0) ? "0" : amount.stripTrailingZeros().toPlainString());
	}

}
