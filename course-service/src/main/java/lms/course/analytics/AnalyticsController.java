package lms.course.analytics;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import lms.kit.security.AuthenticatedUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code get-courses-analytics}: courses created per window, as §1.6. */
@RestController
@RequestMapping("/api/v1")
class AnalyticsController {

	private final CourseAnalytics analytics;

	AnalyticsController(CourseAnalytics analytics) {
		this.analytics = analytics;
	}

	@Operation(summary = "Courses created in each of the last twelve 28-day windows (admin)")
	@GetMapping("/get-courses-analytics")
	Response courses(AuthenticatedUser user) {
		user.requireAdmin();
		return new Response(true, new Months(this.analytics.last12Months()));
	}

	record Response(boolean success, Months courses) {
	}

	record Months(List<CourseAnalytics.MonthCount> last12Months) {
	}

}
