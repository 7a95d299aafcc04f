package lms.kit.metrics;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.kafka.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code lms.kafka.consumer.lag{group,topic}}: records a consumer group of this service
 * has not committed yet, per topic it reads: end offset minus committed offset, and for a
 * partition the group never committed on, minus the partition's start, since such a group
 * reads it from the start (a group that starts at the latest offset counts only the
 * partitions it committed on). With 12 partitions a few events leave most partitions
 * without a commit, and mails waiting there read as no lag. Asked of the broker on a
 * schedule with Kafka's Admin client; unknown (NaN, a gap in the graphs) while the broker
 * does not answer, so an outage never reads as "no lag". A per-instance group
 * ({@code name-<uuid>}) is reported under its name without the uuid.
 */
class ConsumerLag implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

	private static final String RANDOM_SUFFIX = "-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

	private final Admin admin;

	private final Duration timeout;

	private final Map<String, List<String>> topicsByGroup;

	private final Set<String> fromLatest;

	private final Map<String, Map<String, Lag>> lags = new ConcurrentHashMap<>();

	private final MeterRegistry registry;

	ConsumerLag(KafkaConnection connection, BindingServiceProperties bindings, Set<String> fromLatest, Duration timeout,
			MeterRegistry registry) {
		this.fromLatest = Set.copyOf(fromLatest);
		this.timeout = timeout;
		this.registry = registry;
		this.admin = Admin.create(connection.with(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
				(int) timeout.toMillis(), AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
				AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag")));
		this.topicsByGroup = bindings.getBindings()
			.values()
			.stream()
			.filter((binding) -> binding.getGroup() != null && binding.getDestination() != null)
			.collect(Collectors.toMap((binding) -> binding.getGroup(),
					(binding) -> Arrays.stream(binding.getDestination().split(",")).map(String::trim).toList(),
					(first, second) -> java.util.stream.Stream.concat(first.stream(), second.stream()).toList()));
	}

	@Scheduled(fixedDelayString = "${lms.metrics.refresh-interval:5s}", initialDelayString = "1s")
	void refresh() {
		this.topicsByGroup.forEach((group, topics) -> {
			try {
				measure(group, topics);
			}
			catch (Exception ex) {
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				log.debug("Could not measure the lag of {}: {}", group, ex.getMessage());
				this.lags.getOrDefault(group, Map.of()).values().forEach((lag) -> lag.value = Double.NaN);
			}
		});
	}

	private void measure(String group, List<String> topics) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		Map<TopicPartition, Long> positions = new HashMap<>();
		committed.forEach((partition, offset) -> {
			if (offset != null && topics.contains(partition.topic())) {
				positions.put(partition, offset.offset());
			}
		});
		if (!this.fromLatest.contains(group)) {
			// a partition the group never committed on is read from its start
			List<TopicPartition> uncommitted = partitionsOf(topics).stream()
				.filter((partition) -> !positions.containsKey(partition))
				.toList();
			positions.putAll(offsets(uncommitted, OffsetSpec.earliest()));
		}
		Map<TopicPartition, Long> ends = offsets(positions.keySet(), OffsetSpec.latest());
		Map<String, Long> byTopic = new HashMap<>();
		topics.forEach((topic) -> byTopic.put(topic, 0L));
		ends.forEach((partition, end) -> byTopic.merge(partition.topic(), Math.max(0, end - positions.get(partition)),
				Long::sum));
		byTopic.forEach((topic, lag) -> lag(group, topic).value = lag);
	}

	private List<TopicPartition> partitionsOf(List<String> topics) throws Exception {
		return this.admin.describeTopics(topics)
			.allTopicNames()
			.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS)
			.values()
			.stream()
			.flatMap((topic) -> topic.partitions()
				.stream()
				.map((partition) -> new TopicPartition(topic.name(), partition.partition())))
			.toList();
	}

	private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) throws Exception {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
		partitions.forEach((partition) -> specs.put(partition, spec));
		Map<TopicPartition, Long> offsets = new HashMap<>();
		this.admin.listOffsets(specs)
			.all()
			.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS)
			.forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	private Lag lag(String group, String topic) {
		return this.lags.computeIfAbsent(group, (g) -> new ConcurrentHashMap<>())
			.computeIfAbsent(topic, (t) -> register(group, topic));
	}

	private Lag register(String group, String topic) {
		Lag lag = new Lag();
		Gauge.builder("lms.kafka.consumer.lag", lag, (l) -> l.value)
			.tag("group", group.replaceFirst(RANDOM_SUFFIX, ""))
			.tag("topic", topic)
			.description("Records the consumer group has not committed yet")
			.register(this.registry);
		return lag;
	}

	@Override
	public void destroy() {
		this.admin.close(Duration.ofSeconds(1));
	}

	private static final class Lag {

		volatile double value;

	}

}
