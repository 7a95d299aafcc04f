package lms.kit.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lms.kit.messaging.DeadLetterTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * {@code lms.kafka.*}: every topic of the system, declared with its partitions and
 * retention instead of being left to the broker's or the binder's auto-creation, and how
 * the dead-letter topics of the consumer groups are declared.
 *
 * @param declareTopics whether this service creates missing topics and aligns their
 * partitions and retention at start (off where an operator owns them, e.g. Strimzi)
 * @param partitions partitions of every topic without its own: the most replicas any one
 * consumer group can use
 * @param replicationFactor copies of each partition (one per broker at most)
 * @param retention how long events are kept
 * @param deadLetterRetention how long dead letters are kept for replay
 * @param topics the topics of the event catalog
 */
@ConfigurationProperties("lms.kafka")
public record TopicsProperties(@DefaultValue("true") boolean declareTopics, @DefaultValue("12") int partitions,
		@DefaultValue("1") short replicationFactor, @DefaultValue("7d") Duration retention,
		@DefaultValue("30d") Duration deadLetterRetention, @DefaultValue List<Topic> topics) {

	/**
	 * Every topic, and the dead-letter topic {@code <topic>.<group>.dlt} of each group
	 * that dead-letters from one, as the broker should hold them.
	 * @param deadLettering the consumer groups that keep dead letters, with each topic
	 * they read
	 * @return the declarations, each name once
	 */
	public List<NewTopic> declarations(Collection<DeadLettering> deadLettering) {
		Map<String, NewTopic> declared = new LinkedHashMap<>();
		for (Topic topic : this.topics) {
			declared.put(topic.name(), topic(topic.name(), partitionsOf(topic.name()),
					(topic.retention() != null) ? topic.retention() : this.retention));
		}
		for (DeadLettering group : deadLettering) {
			String name = DeadLetterTopics.name(group.topic(), group.group());
			// same partition count: the binder sends a dead letter to its record's
			// partition number
			declared.putIfAbsent(name, topic(name, partitionsOf(group.topic()), this.deadLetterRetention));
		}
		return List.copyOf(declared.values());
	}

	private int partitionsOf(String name) {
		return this.topics.stream()
			.filter((topic) -> topic.name().equals(name) && topic.partitions() != null)
			.map(Topic::partitions)
			.findFirst()
			.orElse(this.partitions);
	}

	private NewTopic topic(String name, int topicPartitions, Duration topicRetention) {
		return TopicBuilder.name(name)
			.partitions(topicPartitions)
			.replicas(this.replicationFactor)
			.config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topicRetention.toMillis()))
			.build();
	}

	/**
	 * One topic of the event catalog.
	 *
	 * @param name the topic
	 * @param partitions its own partition count, else the default
	 * @param retention its own retention, else the default
	 */
	public record Topic(String name, Integer partitions, Duration retention) {
	}

	/**
	 * A consumer group that writes what it gives up on from a topic to its dead-letter
	 * topic.
	 *
	 * @param topic the topic the group reads
	 * @param group the consumer group
	 */
	public record DeadLettering(String topic, String group) {
	}

}
