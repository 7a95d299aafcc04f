package lms.identity.analytics;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import lms.identity.session.Sessions;
import lms.kit.security.AuthenticatedUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnalyticsController {

	private final Sessions sessions;

	private final UserAnalytics analytics;

	AnalyticsController(Sessions sessions, UserAnalytics analytics) {
		this.sessions = sessions;
		this.analytics = analytics;
	}

	@Operation(summary = "Admin: accounts created in each of the last twelve 28-day windows")
	@GetMapping("/api/v1/get-users-analytics")
	Answer usersAnalytics(AuthenticatedUser caller) {
		this.sessions.requireLive(caller).requireAdmin();
		return new Answer(true, new Windows(this.analytics.last12Months()));
	}

	record Answer(boolean success, Windows users) {
	}

	record Windows(List<Last12Months.MonthCount> last12Months) {
	}

}
