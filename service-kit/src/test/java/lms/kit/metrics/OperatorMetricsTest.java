package lms.kit.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import lms.kit.app.KitTestApplication;
import lms.kit.kafka.KafkaConnection;
import lms.kit.outbox.OutboxEntry;
import lms.testkit.EmbeddedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = KitTestApplication.class, properties = "lms.metrics.refresh-interval=200ms")
@EmbeddedInfrastructure
@ActiveProfiles("outbox")
class OperatorMetricsTest {

	private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

	@Autowired
	MongoTemplate mongo;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@Autowired
	MeterRegistry meters;

	@Test
	void theOutboxBacklogCountsPendingEntriesAndTheAgeOfTheOldestAndFallsToZeroWhenRelayed() {
		String collection = "backlog_widgets";
		this.mongo.insert(withOutbox("a", NOW.minusSeconds(90), NOW.minusSeconds(10)), collection);
		this.mongo.insert(withOutbox("b", NOW.minusSeconds(30)), collection);
		this.mongo.insert(new Document("_id", "c").append(OutboxEntry.FIELD, List.of()), collection);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		OutboxBacklog backlog = new OutboxBacklog(this.mongo, List.of(collection), Clock.fixed(NOW, ZoneOffset.UTC),
				registry);

		backlog.refresh();
		assertThat(registry.get("lms.outbox.pending").tag("collection", collection).gauge().value()).isEqualTo(3);
		assertThat(registry.get("lms.outbox.oldest.age").gauge().value()).isEqualTo(90);

		this.mongo.updateMulti(new Query(Criteria.where("_id").in("a", "b")),
				new Update().set(OutboxEntry.FIELD, List.of()), collection);
		backlog.refresh();
		assertThat(registry.get("lms.outbox.pending").gauge().value()).isZero();
		assertThat(registry.get("lms.outbox.oldest.age").gauge().value()).isZero();
	}

	@Test
	void everyConsumerGroupReportsItsLagPerTopicAndTheBindersOwnGaugeIsLeftOut() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.meters.find("lms.kafka.consumer.lag")
				.tag("group", "kit.test")
				.tag("topic", "lms.identity.user")
				.gauge() != null);
		assertThat(this.meters.find("spring.cloud.stream.binder.kafka.offset").meters()).isEmpty();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.meters.get("lms.kafka.consumer.lag").tag("group", "kit.test").gauge().value() == 0);
	}

	@Test
	void recordsOnAPartitionTheGroupNeverCommittedOnCountAsLagUnlessTheGroupStartsAtTheLatest() throws Exception {
		String topic = "lms.lag.uncommitted";
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers));
				KafkaProducer<String, String> producer = new KafkaProducer<>(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers,
								ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
								ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
			producer.send(new ProducerRecord<>(topic, 2, "k", "a")).get();
			producer.send(new ProducerRecord<>(topic, 2, "k", "b")).get();
		}
		BindingProperties binding = new BindingProperties();
		binding.setGroup("lag.waiting");
		binding.setDestination(topic);
		BindingServiceProperties bindings = new BindingServiceProperties();
		bindings.setBindings(Map.of("waiting-in-0", binding));

		assertThat(lagOf(bindings, Set.of())).isEqualTo(2);
		assertThat(lagOf(bindings, Set.of("lag.waiting"))).isZero();
	}

	private double lagOf(BindingServiceProperties bindings, Set<String> fromLatest) {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ConsumerLag lag = new ConsumerLag(KafkaConnection.plain(this.brokers), bindings, fromLatest,
				Duration.ofSeconds(10), registry);
		try {
			lag.refresh();
			return registry.get("lms.kafka.consumer.lag").tag("group", "lag.waiting").gauge().value();
		}
		finally {
			lag.destroy();
		}
	}

	private static Document withOutbox(String id, Instant... times) {
		List<Document> entries = java.util.Arrays.stream(times)
			.map((time) -> new Document("eventId", id + time.toEpochMilli()).append("time", Date.from(time)))
			.toList();
		return new Document("_id", id).append(OutboxEntry.FIELD, entries);
	}

}
