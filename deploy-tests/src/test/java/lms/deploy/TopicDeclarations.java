package lms.deploy;

import java.util.Map;
import java.util.TreeMap;

import lms.kit.topics.TopicsProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The topics every service declares at start: the kit's {@code lms.kafka.*} defaults,
 * bound as the services bind them.
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
		properties.declarations().forEach((topic) -> declared.put(topic.name(), topic));
		return declared;
	}

	static long retentionMs(NewTopic topic) {
		return Long.parseLong(topic.configs().get(TopicConfig.RETENTION_MS_CONFIG));
	}

}
