package lms.deploy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consumer groups a service joins, with the topics each reads, from the Spring Cloud
 * Stream bindings of its {@code application.yml}. Groups named per instance
 * ({@code ${random.uuid}}) are broadcasts: each has one member, so they constrain
 * nothing.
 */
final class ConsumerGroups {

	private static final Pattern DESTINATION = Pattern
		.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+)\\.destination");

	private ConsumerGroups() {
	}

	/** Group name to the topics it reads, shared groups only. */
	static Map<String, Set<String>> of(Service service) {
		Map<String, Object> yaml = Yaml.flatten(ServiceJar.of(service).resource("application.yml"));
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		yaml.forEach((key, value) -> {
			Matcher binding = DESTINATION.matcher(key);
			if (binding.matches()) {
				Object group = yaml.get("spring.cloud.stream.bindings." + binding.group(1) + ".group");
				if (group != null && !String.valueOf(group).contains("${random")) {
					groups.computeIfAbsent(String.valueOf(group), (name) -> new TreeSet<>()).addAll(topics(value));
				}
			}
		});
		return groups;
	}

	private static List<String> topics(Object destination) {
		return Arrays.stream(String.valueOf(destination).split(",")).map(String::trim).toList();
	}

}
