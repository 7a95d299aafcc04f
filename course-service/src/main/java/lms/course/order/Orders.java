package lms.course.order;

import java.math.BigDecimal;
import java.util.Map;

import lms.course.course.Course;
import lms.course.course.CourseStore;
import lms.course.course.Ids;
import lms.course.enrollment.Enrollment;
import lms.course.enrollment.Enrollments;
import lms.course.payment.CoursePayments;
import lms.course.payment.PriceInMinorUnits;
import lms.course.users.Contact;
import lms.course.users.UserDirectory;
import lms.events.course.EnrollmentCreated;
import lms.kit.outbox.Outbox;
import lms.kit.web.ApiException;

import org.springframework.stereotype.Component;

/**
 * Places an order: the course must exist and not be owned yet; a paid course first spends
 * a verified payment (after the buyer's email is known, so a 503 from identity spends
 * nothing). Then {@code purchased} is counted and the enrollment inserted with its event;
 * if the insert loses a race, the count and the payment are given back.
 */
@Component
class Orders {

	static final String ALREADY_PURCHASED = "You have already purchased this course";

	private final CourseStore courses;

	private final Enrollments enrollments;

	private final CoursePayments payments;

	private final UserDirectory users;

	private final Outbox outbox;

	Orders(CourseStore courses, Enrollments enrollments, CoursePayments payments, UserDirectory users, Outbox outbox) {
		this.courses = courses;
		this.enrollments = enrollments;
		this.payments = payments;
		this.users = users;
		this.outbox = outbox;
	}

	Enrollment place(String userId, String courseId, PaymentSource source) {
		Course course = this.courses.require(courseId);
		if (this.enrollments.enrolled(userId, course.id())) {
			throw ApiException.conflict(ALREADY_PURCHASED);
		}
		Contact buyer = this.users.contact(userId);
		long price = PriceInMinorUnits.of(course.price());
		String paymentRef = (price == 0) ? null : source.spend(this.payments, userId, course.id(), price);
		try {
			return enroll(userId, buyer, course, paymentRef);
		}
		catch (RuntimeException ex) {
			if (paymentRef != null) {
				this.payments.release(paymentRef, course.id());
			}
			throw ex;
		}
	}

	private Enrollment enroll(String userId, Contact buyer, Course course, String paymentRef) {
		if (!this.courses.countPurchase(course.id(), 1)) {
			throw ApiException.notFound(CourseStore.COURSE_NOT_FOUND);
		}
		Enrollment enrollment = enrollment(userId, buyer, course, paymentRef);
		if (!this.enrollments.insert(enrollment)) {
			this.courses.countPurchase(course.id(), -1);
			throw ApiException.conflict(ALREADY_PURCHASED);
		}
		return enrollment;
	}

	private Enrollment enrollment(String userId, Contact buyer, Course course, String paymentRef) {
		String id = Ids.next();
		BigDecimal price = (course.price() != null) ? BigDecimal.valueOf(course.price()) : BigDecimal.ZERO;
		EnrollmentCreated event = new EnrollmentCreated(id, userId, buyer.email(), buyer.name(), course.id(),
				course.name(), price, paymentRef);
		Map<String, String> paymentInfo = (paymentRef != null) ? Map.of("id", paymentRef) : Map.of();
		return new Enrollment(id, userId, course.id(), paymentInfo, this.courses.now(), this.outbox.entries(event));
	}

	/** Where a paid order's payment comes from. */
	@FunctionalInterface
	interface PaymentSource {

		String spend(CoursePayments payments, String userId, String courseId, long price);

	}

}
