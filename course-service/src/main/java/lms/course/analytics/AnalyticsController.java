package lms.course.analytics;

import java.util.List;

import lms.kit.analytics.Last12Months;
import lms.kit.analytics.MonthCount;
import io.swagger.v3.oas.annotations.Operation;
import lms.course.course.Course;
import lms.course.enrollment.Enrollment;
import lms.kit.security.AdminOnly;
import lms.kit.security.AuthenticatedUser;
import org.bson.Document;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code get-courses-analytics} and {@code get-orders-analytics}: created per window, as
 * §1.6.
 */
@RestController
@RequestMapping("/api/v1")
record AnalyticsController(Last12Months analytics) {

	@Operation(summary = "Courses created in each of the last twelve 28-day windows (admin)")
	@AdminOnly
	@GetMapping("/get-courses-analytics")
	CoursesResponse courses(AuthenticatedUser user) {
		user.requireAdmin();
		return new CoursesResponse(true,
				new Months(this.analytics.count(Course.COLLECTION, new Document("deletedAt", null))));
	}

	@Operation(summary = "Orders placed in each of the last twelve 28-day windows (admin)")
	@AdminOnly
	@GetMapping("/get-orders-analytics")
	OrdersResponse orders(AuthenticatedUser user) {
		user.requireAdmin();
		return new OrdersResponse(true, new Months(this.analytics.count(Enrollment.COLLECTION, new Document())));
	}

	record CoursesResponse(boolean success, Months courses) {
	}

	record OrdersResponse(boolean success, Months orders) {
	}

	record Months(List<MonthCount> last12Months) {
	}

}
