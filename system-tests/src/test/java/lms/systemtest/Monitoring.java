package lms.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's monitoring: the Grafana dashboards and the Prometheus alert rules,
 * each query with where it comes from.
 */
final class Monitoring {

	static final Path DASHBOARDS = Path.of("..", "deploy", "grafana", "dashboards");

	static final Path RULES = Path.of("..", "deploy", "prometheus", "rules");

	private Monitoring() {
	}

	/** A PromQL query and the panel or alert that runs it. */
	record Query(String origin, String expression) {
	}

	/** An alerting rule as Prometheus reads it. */
	record Alert(String name, String expression, String duration, Map<String, Object> labels,
			Map<String, Object> annotations) {
	}

	static List<Query> queries() {
		List<Query> queries = new ArrayList<>();
		dashboards().forEach((name, dashboard) -> panels(dashboard).forEach((panel) -> panel.path("targets")
			.forEach((target) -> queries
				.add(new Query(name + " / " + panel.path("title").asString(), target.path("expr").asString())))));
		alerts().forEach((alert) -> queries.add(new Query("alert " + alert.name(), alert.expression())));
		return queries;
	}

	static Map<String, JsonNode> dashboards() {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> dashboards = new java.util.TreeMap<>();
		for (Path file : files(DASHBOARDS, ".json")) {
			dashboards.put(file.getFileName().toString(), json.readTree(file.toFile()));
		}
		return dashboards;
	}

	static List<JsonNode> panels(JsonNode dashboard) {
		List<JsonNode> panels = new ArrayList<>();
		dashboard.path("panels").forEach((panel) -> {
			panels.add(panel);
			panel.path("panels").forEach(panels::add);
		});
		return panels;
	}

	@SuppressWarnings("unchecked")
	static List<Alert> alerts() {
		List<Alert> alerts = new ArrayList<>();
		for (Path file : files(RULES, ".yml")) {
			Map<String, Object> document = load(file);
			for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
				for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
					alerts.add(new Alert((String) rule.get("alert"), String.valueOf(rule.get("expr")),
							(String) rule.get("for"), (Map<String, Object>) rule.get("labels"),
							(Map<String, Object>) rule.get("annotations")));
				}
			}
		}
		return alerts;
	}

	static Map<String, Object> load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new Yaml().load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Path> files(Path directory, String suffix) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
