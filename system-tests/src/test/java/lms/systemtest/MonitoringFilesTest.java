package lms.systemtest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The dashboards and alert rules Grafana and Prometheus load from the repository are
 * well-formed, and say what operators were promised.
 */
class MonitoringFilesTest {

	private static final Pattern DURATION = Pattern.compile("(\\d+(ms|s|m|h|d|w|y))+");

	@Test
	void everyRuleIsAnAlertPrometheusCanLoad() {
		List<Monitoring.Alert> alerts = Monitoring.alerts();
		assertThat(alerts).isNotEmpty().allSatisfy((alert) -> {
			assertThat(alert.name()).matches("[A-Z][A-Za-z0-9]+");
			assertThatNoException().as(alert.name()).isThrownBy(() -> PromQl.selectors(alert.expression()));
			assertThat(PromQl.selectors(alert.expression())).as(alert.name()).isNotEmpty();
			if (alert.duration() != null) {
				assertThat(alert.duration()).matches(DURATION);
			}
			assertThat(alert.labels()).as(alert.name()).containsKey("severity");
			assertThat(alert.labels().get("severity")).isIn("warning", "critical");
			assertThat(alert.annotations()).as(alert.name()).containsKeys("summary", "description");
		});
		assertThat(alerts).extracting(Monitoring.Alert::name).doesNotHaveDuplicates();
	}

	@Test
	void theAlertsTheOperatorsAskedForExist() {
		assertThat(Monitoring.alerts()).extracting(Monitoring.Alert::name)
			.contains("DeadLettersWaiting", "OutboxEntryOlderThan60s", "ConsumerLagGrowing",
					"ServerErrorRatioAbove1Percent", "CourseReadP99Above5ms", "CourseListP99Above30ms",
					"ActivationMailP99Above100ms", "EdgeEvictionP99Above20ms", "ServiceDown");
	}

	@Test
	void thereIsAnOverviewAndOneDashboardPerServiceEachPanelWithWellFormedQueries() {
		Map<String, tools.jackson.databind.JsonNode> dashboards = Monitoring.dashboards();
		assertThat(dashboards).containsOnlyKeys("lms-overview.json", "lms-gateway.json", "lms-identity-service.json",
				"lms-course-service.json", "lms-notification-service.json", "lms-media-service.json");
		dashboards.forEach((name, dashboard) -> {
			assertThat(dashboard.path("uid").asString()).isEqualTo(name.replace(".json", ""));
			assertThat(Monitoring.panels(dashboard)).filteredOn((panel) -> !"row".equals(panel.path("type").asString()))
				.isNotEmpty()
				.allSatisfy((panel) -> {
					assertThat(panel.path("datasource").path("uid").asString()).isEqualTo("prometheus");
					assertThat(panel.path("targets")).as(name + " / " + panel.path("title")).isNotEmpty();
				});
		});
		assertThat(Monitoring.queries()).allSatisfy((query) -> assertThatNoException().as(query.origin())
			.isThrownBy(() -> assertThat(PromQl.selectors(query.expression())).isNotEmpty()));
	}

	@Test
	void theOverviewShowsWhatTheIssueListsAndNoPanelCountsActuatorRequests() {
		String overview = Monitoring.queries()
			.stream()
			.filter((query) -> query.origin().startsWith("lms-overview.json"))
			.map(Monitoring.Query::expression)
			.reduce("", String::concat);
		Set.of("http_server_requests_seconds_count", "http_server_requests_seconds_bucket", "lms_outbox_pending",
				"lms_outbox_oldest_age_seconds", "lms_kafka_consumer_lag", "lms_deadletters_waiting",
				"cache_gets_total", "jvm_memory_used_bytes", "jvm_gc_pause_seconds_sum", "lms_mail_sent_total",
				"lms_mail_failed_total", "lms_mail_retrying")
			.forEach((metric) -> assertThat(overview).contains(metric));
		assertThat(Monitoring.queries()).noneSatisfy((query) -> assertThat(query.expression()).contains("actuator"));
	}

}
