package lms.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lms.kit.topics.TopicsProperties;
import lms.kit.topics.TopicsProperties.DeadLettering;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The topics the services declare at start: the kit's {@code lms.kafka.*} defaults, bound
 * as the services bind them, and the dead-letter topic of every shared consumer group of
 * every service on each topic it reads (each service declares those of its own groups).
 */
final class TopicDeclarations {

	private TopicDeclarations() {
	}

	/** Topic name to its declaration. */
	static Map<String, NewTopic> declared() {
		Map<String, Object> defaults = Yaml.flatten(ServiceJar.of(Service.COURSE).resource("lms-kit-defaults.yml"));
		Binder binder = new Binder(new MapConfigurationPropertySource(defaults));
		TopicsProperties properties = binder.bindOrCreate("lms.kafka", TopicsProperties.class);
		Map<String, NewTopic> declared = new TreeMap<>();
		properties.declarations(deadLettering()).forEach((topic) -> declared.put(topic.name(), topic));
		return declared;
	}

	static long retentionMs(NewTopic topic) {
		return Long.parseLong(topic.configs().get(TopicConfig.RETENTION_MS_CONFIG));
	}

	private static List<DeadLettering> deadLettering() {
		List<DeadLettering> deadLettering = new ArrayList<>();
		for (Service service : Service.values()) {
			ConsumerGroups.of(service)
				.forEach((group, topics) -> topics
					.forEach((topic) -> deadLettering.add(new DeadLettering(topic, group))));
		}
		return deadLettering;
	}

}
