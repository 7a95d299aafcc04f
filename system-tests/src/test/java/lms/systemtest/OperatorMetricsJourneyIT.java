package lms.systemtest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the dashboards plot and the alerts watch is really emitted: after the traffic an
 * operator's day brings (sign-ups, catalog reads and edits, a mail that fails for good),
 * every metric selector of every panel and alert rule finds samples in a scrape of the
 * five services, with the label values it asks for (and the labels its other matchers
 * read).
 */
class OperatorMetricsJourneyIT extends Journey {

	/** Series Prometheus makes itself rather than scraping them. */
	private static final Set<String> PROMETHEUS_OWN = Set.of("up");

	/** Target labels Prometheus attaches at scrape time. */
	private static final Set<String> TARGET_LABELS = Set.of("job", "instance");

	@Test
	void everyMetricADashboardPanelOrAlertRuleQueriesIsEmittedWithTheLabelsItAsksFor() {
		operatorsDay();
		List<String> missing = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> missing(Scrape.of(stack)), List::isEmpty);
		assertThat(missing).isEmpty();
	}

	private static List<String> missing(Scrape scrape) {
		return Monitoring.queries()
			.stream()
			.flatMap((query) -> PromQl.selectors(query.expression())
				.stream()
				.filter((selector) -> !PROMETHEUS_OWN.contains(selector.metric()))
				.filter((selector) -> !scrape.has(selector.metric(), withoutTargetLabels(selector.equal()))
						|| !selector.otherLabels()
							.stream()
							.allMatch((label) -> scrape.hasLabel(selector.metric(), label)))
				.map((selector) -> query.origin() + ": " + selector))
			.distinct()
			.toList();
	}

	private static Map<String, String> withoutTargetLabels(Map<String, String> labels) {
		Map<String, String> kept = new java.util.HashMap<>(labels);
		kept.keySet().removeAll(TARGET_LABELS);
		return kept;
	}

	/**
	 * Catalog reads and an edit, sign-ups with their mails, and a welcome mail that
	 * fails.
	 */
	private static void operatorsDay() {
		TokenClient admin = accounts.admin();
		TokenClient visitor = accounts.app();
		String courseId = CourseDraft.of("Metrics " + UUID.randomUUID(), 0)
			.withThumbnail(Images.pngDataUrl(0x336699))
			.createId(admin);
		expect(200, admin.put("/api/v1/edit-course/" + courseId, "{\"name\":\"Metrics, renamed\"}"));
		for (int i = 0; i < 3; i++) {
			expect(200, visitor.get("/api/v1/get-courses"));
			expect(200, visitor.get("/api/v1/get-course/" + courseId));
		}
		MailTemplates templates = RunningSystem.mailTemplates();
		Member failed;
		JsonNode deadLetter;
		templates.breakTemplate("welcome");
		try {
			failed = accounts.newMember("Metrics Member");
			deadLetter = DeadLetters.awaitWaiting(admin, DeadLetters.MAIL, failed.id());
		}
		finally {
			templates.restore("welcome");
		}
		expect(200, admin.delete(DeadLetters.path(DeadLetters.MAIL) + "/" + deadLetter.get("id").asString()));
		expect(201, failed.app().post("/api/v1/create-order", "{\"courseId\":" + Replies.quote(courseId) + "}"));
	}

}
