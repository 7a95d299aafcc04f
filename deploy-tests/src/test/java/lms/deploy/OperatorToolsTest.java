package lms.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator tools of compose and their files hold together: the tools are opt-in and
 * on loopback, Prometheus scrapes the jobs the alert rules name and alerts through the
 * Alertmanager compose runs, and every address a container is given is a container.
 */
class OperatorToolsTest {

	private static final List<String> TOOLS = List.of("prometheus", "grafana", "alertmanager", "kafka-ui", "zipkin");

	private static final Pattern RULE_JOB = Pattern.compile("job\\s*=\\s*\"([^\"]+)\"");

	private static final Pattern URL_HOST = Pattern.compile("^[a-z]+://([a-z0-9-]+)(:\\d+)?(/.*)?$");

	private final ComposeFile compose = ComposeFile.read();

	@Test
	void everyOperatorToolIsInTheOpsProfileAndPublishesOnLoopbackOnly() {
		for (String tool : TOOLS) {
			Map<String, Object> service = this.compose.service(tool);
			assertThat(service).as(tool).isNotNull();
			assertThat(ComposeFile.list(service, "profiles")).as(tool).containsExactly("ops");
			assertThat(ComposeFile.list(service, "ports")).as(tool)
				.isNotEmpty()
				.allSatisfy((port) -> assertThat(ComposeFile.withDefaults(port)).startsWith("127.0.0.1:"));
		}
	}

	@Test
	void prometheusScrapesEveryJobTheAlertRulesNameAndAlertsThroughTheComposeAlertmanager() throws IOException {
		Map<String, Object> prometheus = Yaml
			.flatten(Files.readAllBytes(Repository.file("deploy/prometheus/prometheus.yml")));
		Set<String> jobs = new TreeSet<>();
		for (int i = 0; prometheus.containsKey("scrape_configs[" + i + "].job_name"); i++) {
			jobs.add(String.valueOf(prometheus.get("scrape_configs[" + i + "].job_name")));
		}
		Set<String> named = new TreeSet<>();
		try (Stream<Path> rules = Files.list(Repository.file("deploy/prometheus/rules"))) {
			for (Path file : rules.filter((path) -> path.toString().endsWith(".yml")).toList()) {
				Matcher job = RULE_JOB.matcher(Files.readString(file));
				while (job.find()) {
					named.add(job.group(1));
				}
			}
		}

		assertThat(named).as("jobs the alert rules name (ServiceDown: up{job=\"lms\"})").isNotEmpty();
		assertThat(jobs).containsAll(named);
		assertThat(prometheus).containsEntry("alerting.alertmanagers[0].static_configs[0].targets[0]",
				"alertmanager:9093");
		assertThat(this.compose.service("alertmanager").toString()).contains("alertmanager.yml", "9093");
		assertThat(ComposeFile.list(this.compose.service("prometheus"), "volumes"))
			.contains("./deploy/prometheus:/etc/prometheus:ro");
	}

	@Test
	void alertmanagerMailsThroughAContainerOnItsNetwork() throws IOException {
		Map<String, Object> alertmanager = Yaml
			.flatten(Files.readAllBytes(Repository.file("deploy/operations/alertmanager.yml")));
		String smarthost = String.valueOf(alertmanager.get("global.smtp_smarthost"));
		String host = smarthost.substring(0, smarthost.indexOf(':'));

		assertThat(this.compose.services()).containsKey(host);
		assertThat(ComposeFile.list(this.compose.service(host), "networks"))
			.containsAnyElementsOf(ComposeFile.list(this.compose.service("alertmanager"), "networks"));
	}

	@Test
	void everyUrlAContainerIsGivenNamesAContainer() {
		this.compose.services()
			.forEach((name, service) -> ComposeFile.environment(service).forEach((variable, value) -> {
				Matcher url = URL_HOST.matcher(ComposeFile.withDefaults(value));
				if (url.matches() && !"localhost".equals(url.group(1))) {
					assertThat(this.compose.services()).as(name + " " + variable).containsKey(url.group(1));
				}
			}));
	}

}
