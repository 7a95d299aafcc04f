package lms.deploy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lms.events.EventCatalog;
import lms.events.EventDescriptor;
import lms.kit.messaging.DeadLetterTopics;

/**
 * What one service does on Kafka, from its code: the topics of the events it publishes
 * (the catalog's events whose payload lives in its package of {@code lms.events}), the
 * topics its bindings read, its consumer groups (a per-instance group by the part before
 * its {@code ${random.uuid}}), the dead-letter topics of its shared groups, and the
 * topics it declares at start (the kit's catalog topics and its own dead-letter topics).
 *
 * @param user its Kafka user: the module's name without "-service"
 */
record KafkaNeeds(String user, Set<String> produced, Set<String> consumed, Set<String> groups, Set<String> deadLetters,
		Set<String> declared) {

	private static final Pattern DESTINATION = Pattern
		.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+)\\.destination");

	static KafkaNeeds of(Service service) {
		String user = service.module().replace("-service", "");
		Set<String> produced = new TreeSet<>();
		for (EventDescriptor event : EventCatalog.all()) {
			String publisher = event.payload().getPackageName().replace("lms.events.", "");
			if (publisher.equals(user)) {
				produced.add(event.topic());
			}
		}
		Set<String> consumed = new TreeSet<>();
		Set<String> groups = new TreeSet<>();
		Map<String, Object> yaml = Yaml.flatten(ServiceJar.of(service).resource("application.yml"));
		yaml.forEach((key, value) -> {
			Matcher binding = DESTINATION.matcher(key);
			if (binding.matches()) {
				for (String topic : String.valueOf(value).split(",")) {
					consumed.add(topic.trim());
				}
				String group = String.valueOf(yaml.get("spring.cloud.stream.bindings." + binding.group(1) + ".group"));
				groups.add(group.contains("${") ? group.substring(0, group.indexOf("${")) : group);
			}
		});
		Set<String> deadLetters = new TreeSet<>();
		ConsumerGroups.of(service)
			.forEach(
					(group, topics) -> topics.forEach((topic) -> deadLetters.add(DeadLetterTopics.name(topic, group))));
		Set<String> declared = new TreeSet<>(deadLetters);
		TopicDeclarations.declared()
			.keySet()
			.stream()
			.filter((topic) -> !topic.endsWith(".dlt"))
			.forEach(declared::add);
		return new KafkaNeeds(user, produced, consumed, groups, deadLetters, declared);
	}

	/** Topics it writes: its events' and its dead letters. */
	Set<String> writes() {
		Set<String> writes = new TreeSet<>(this.produced);
		writes.addAll(this.deadLetters);
		return writes;
	}

	/** Topics it reads: those it binds and its dead letters (listed and replayed). */
	Set<String> reads() {
		Set<String> reads = new TreeSet<>(this.consumed);
		reads.addAll(this.deadLetters);
		return reads;
	}

}
