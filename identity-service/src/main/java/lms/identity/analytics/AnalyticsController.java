package lms.identity.analytics;

import java.util.List;

import lms.identity.user.User;
import lms.kit.analytics.Last12Months;
import lms.kit.analytics.MonthCount;
import org.bson.Document;
import io.swagger.v3.oas.annotations.Operation;
import lms.kit.security.AdminOnly;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
record AnalyticsController(Last12Months analytics) {

	@Operation(summary = "Admin: accounts created in each of the last twelve 28-day windows")
	@AdminOnly
	@GetMapping("/api/v1/get-users-analytics")
	Answer usersAnalytics() {
		return new Answer(true, new Windows(
				this.analytics.count("users", new Document(User.DELETED_AT, new Document("$exists", false)))));
	}

	record Answer(boolean success, Windows users) {
	}

	record Windows(List<MonthCount> last12Months) {
	}

}
