package lms.kit.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lms.kit.messaging.DeadLetterTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * {@code lms.kafka.*}: every topic of the system and the dead-letter topics of the
 * consumer groups that dead-letter from it, declared with their partitions and retention
 * instead of being left to the broker's or the binder's auto-creation.
 *
 * @param declareTopics whether this service creates missing topics and aligns their
 * partitions and retention at start (off where an operator owns them, e.g. Strimzi)
 * @param partitions partitions of every topic without its own: the most replicas any one
 * consumer group can use
 * @param replicationFactor copies of each partition (one per broker at most)
 * @param retention how long events are kept
 * @param deadLetterRetention how long dead letters are kept for replay
 * @param topics the topics, each with the groups that have a dead-letter topic on it
 */
@ConfigurationProperties("lms.kafka")
public record TopicsProperties(@DefaultValue("true") boolean declareTopics, @DefaultValue("12") int partitions,
		@DefaultValue("1") short replicationFactor, @DefaultValue("7d") Duration retention,
		@DefaultValue("30d") Duration deadLetterRetention, @DefaultValue List<Topic> topics) {

	/** Every topic and dead-letter topic as the broker should hold it. */
	public List<NewTopic> declarations() {
		List<NewTopic> declared = new ArrayList<>();
		for (Topic topic : this.topics) {
			int topicPartitions = (topic.partitions() != null) ? topic.partitions() : this.partitions;
			declared.add(topic(topic.name(), topicPartitions,
					(topic.retention() != null) ? topic.retention() : this.retention));
			// same partition count: the binder sends a dead letter to its record's
			// partition number
			topic.deadLetterGroups()
				.forEach((group) -> declared
					.add(topic(DeadLetterTopics.name(topic.name(), group), topicPartitions, this.deadLetterRetention)));
		}
		return declared;
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
	 * @param deadLetterGroups the consumer groups with a dead-letter topic
	 * {@code <topic>.<group>.dlt} on it
	 */
	public record Topic(String name, Integer partitions, Duration retention,
			@DefaultValue List<String> deadLetterGroups) {
	}

}
