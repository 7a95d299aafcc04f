package lms.identity.analytics;

import java.util.List;

import lms.identity.user.User;
import lms.kit.analytics.Last12Months;
import lms.kit.analytics.MonthCount;
import org.bson.Document;
import io.swagger.v3.oas.annotations.Operation;
import lms.identity.session.Sessions;
import lms.kit.security.AuthenticatedUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnalyticsController {

	private final Sessions sessions;

	private final Last12Months analytics;

	AnalyticsController(Sessions sessions, Last12Months analytics) {
		this.sessions = sessions;
		this.analytics = analytics;
	}

	@Operation(summary = "Admin: accounts created in each of the last twelve 28-day windows")
	@GetMapping("/api/v1/get-users-analytics")
	Answer usersAnalytics(AuthenticatedUser caller) {
		this.sessions.requireLive(caller).requireAdmin();
		return new Answer(true, new Windows(
				this.analytics.count("users", new Document(User.DELETED_AT, new Document("$exists", false)))));
	}

	record Answer(boolean success, Windows users) {
	}

	record Windows(List<MonthCount> last12Months) {
	}

}
