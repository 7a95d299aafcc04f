package lms.systemtest;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator's dead letters, through the gateway: a welcome mail whose template the
 * configuration made unrenderable fails for good and waits with its cause; once the
 * template is fixed, a replay sends exactly one mail, a second replay none; a discard
 * removes the other; only admins may look.
 */
class DeadLettersJourneyIT extends Journey {

	private static final String WELCOME = "Welcome";

	@Test
	void aMailThatFailsForGoodWaitsWithItsCauseAndIsSentExactlyOnceWhenReplayedAfterTheFix() {
		TokenClient admin = accounts.admin();
		MailTemplates templates = RunningSystem.mailTemplates();
		Member replayed;
		Member discarded;
		JsonNode toReplay;
		JsonNode toDiscard;
		templates.breakTemplate("welcome");
		try {
			replayed = accounts.newMember("Dead Letter");
			discarded = accounts.newMember("Discarded Letter");
			toReplay = DeadLetters.awaitWaiting(admin, DeadLetters.MAIL, replayed.id());
			toDiscard = DeadLetters.awaitWaiting(admin, DeadLetters.MAIL, discarded.id());
		}
		finally {
			templates.restore("welcome");
		}

		assertThat(toReplay.get("type").asString()).isEqualTo("lms.identity.UserRegistered.v1");
		assertThat(toReplay.get("topic").asString()).isEqualTo("lms.identity.user");
		assertThat(toReplay.get("eventId").asString()).isNotBlank();
		assertThat(toReplay.get("time").asString()).isNotBlank();
		assertThat(toReplay.get("deadLetteredAt").asString()).isNotBlank();
		assertThat(toReplay.get("attempts").asInt()).isEqualTo(1);
		// the root cause: the template's expression that cannot be evaluated
		assertThat(toReplay.get("exception").asString())
			.isEqualTo("org.springframework.expression.spel.SpelEvaluationException");
		assertThat(toReplay.get("message").asString()).contains("no");
		JsonNode shown = expect(200, admin.get(entry(toReplay))).get("deadLetter");
		assertThat(shown.get("payload").get("email").asString()).isEqualTo(replayed.email());
		assertThat(accounts.mails().received(replayed.email(), WELCOME)).isEmpty();

		JsonNode replay = expect(200, admin.post(entry(toReplay) + "/replay", "")).get("resolution");
		assertThat(replay.get("action").asString()).isEqualTo("replayed");
		assertThat(replay.get("outcome").asString()).isEqualTo("handled");
		accounts.mails().await(replayed.email(), WELCOME);
		assertThat(expectError(409, admin.post(entry(toReplay) + "/replay", ""))).contains("already replayed");
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> accounts.mails().received(replayed.email(), WELCOME).size() == 1);

		JsonNode discard = expect(200, admin.delete(entry(toDiscard))).get("resolution");
		assertThat(discard.get("action").asString()).isEqualTo("discarded");
		assertThat(DeadLetters.waiting(admin, DeadLetters.MAIL, discarded.id())).isNull();
		assertThat(DeadLetters.waiting(admin, DeadLetters.MAIL, replayed.id())).isNull();
		assertThat(accounts.mails().received(discarded.email(), WELCOME)).isEmpty();
		JsonNode history = expect(200, admin.get(DeadLetters.path(DeadLetters.MAIL) + "/history")).get("resolutions");
		String adminId = expect(200, admin.get("/api/v1/me")).get("user").get("_id").asString();
		assertThat(Replies.find(history, "id", toReplay.get("id").asString()).get("by").asString()).isEqualTo(adminId);
		assertThat(Replies.find(history, "id", toDiscard.get("id").asString()).get("action").asString())
			.isEqualTo("discarded");
	}

	@Test
	void onlyAdminsSeeOrTouchDeadLetters() {
		Member member = accounts.newMember("Curious Member");
		String path = DeadLetters.path(DeadLetters.MAIL);
		assertThat(expectError(403, member.app().get(path))).contains("not allowed");
		assertThat(expectError(403, member.app().post(path + "/replay", ""))).contains("not allowed");
		assertThat(expectError(403, member.app().delete(path))).contains("not allowed");
		assertThat(expectError(401, accounts.app().get(path))).isNotBlank();
		assertThat(expectError(404, accounts.admin().get(DeadLetters.path("notification.unknown")))).isNotBlank();
	}

	@Test
	void everyConsumerServiceDocumentsItsDeadLetterRoutesInItsOpenApi() {
		for (String service : java.util.List.of("identity", "course", "notification", "media")) {
			assertThat(accounts.app().get("/openapi/" + service).body()).as(service)
				.contains("/api/v1/dead-letters/{group}/{id}/replay", "/api/v1/dead-letters/{group}/history");
		}
	}

	private static String entry(JsonNode letter) {
		return DeadLetters.path(DeadLetters.MAIL) + "/" + letter.get("id").asString();
	}

}
