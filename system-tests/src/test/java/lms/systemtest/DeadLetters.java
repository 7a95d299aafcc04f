package lms.systemtest;

import java.time.Duration;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;

/**
 * The admin routes of a consumer group's dead letters, as an operator's client calls them
 * through the gateway.
 */
final class DeadLetters {

	static final String MAIL = "notification.mail";

	private DeadLetters() {
	}

	static String path(String group) {
		return "/api/v1/dead-letters/" + group;
	}

	/** The waiting dead letter about this subject, once it is there. */
	static JsonNode awaitWaiting(Client admin, String group, String subject) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> waiting(admin, group, subject), (found) -> found != null);
	}

	/** The waiting dead letter about this subject, or null. */
	static JsonNode waiting(Client admin, String group, String subject) {
		for (JsonNode letter : expect(200, admin.get(path(group))).get("deadLetters")) {
			if (subject.equals(letter.path("subject").asString())) {
				return letter;
			}
		}
		return null;
	}

}
