package lms.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedKafkaTest {

	private final EmbeddedKafka kafka = EmbeddedKafka.shared();

	private final KafkaProbe probe = this.kafka.probe();

	@Test
	void recordsWithHeadersGoThroughTheBroker() {
		this.probe.send("kit.headers", "k1", "{\"a\":1}", Map.of("ce_id", "id-1", "ce_type", "lms.test.v1"));

		List<ConsumerRecord<String, String>> records = this.probe.awaitRecords("kit.headers", 1,
				Duration.ofSeconds(10));

		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.key()).isEqualTo("k1");
			assertThat(record.value()).isEqualTo("{\"a\":1}");
			assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo("id-1");
			assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("lms.test.v1");
			assertThat(KafkaProbe.header(record, "ce_source")).isNull();
		});
	}

	@Test
	void awaitRecordsFailsWhenTooFewArrive() {
		assertThatThrownBy(() -> this.probe.awaitRecords("kit.empty", 1, Duration.ofMillis(500)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("kit.empty");
	}

	@Test
	void recordWrittenDuringAnOutageIsDeliveredAfterTheBrokerReturns() throws Exception {
		String servers = this.kafka.bootstrapServers();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
			producer.send(new ProducerRecord<>("kit.outage", "k", "before")).get(10, TimeUnit.SECONDS);
			CompletableFuture<RecordMetadata> during;
			this.kafka.stop();
			try {
				// Kafka 4 clients re-bootstrap when no broker answers, so send() itself
				// may block
				during = CompletableFuture.supplyAsync(() -> sendAndWait(producer, "during"));
				CompletableFuture<RecordMetadata> pending = during;
				await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !pending.isDone());
			}
			finally {
				this.kafka.start();
			}
			assertThat(during.get(30, TimeUnit.SECONDS).topic()).isEqualTo("kit.outage");
		}
		assertThat(this.kafka.bootstrapServers()).isEqualTo(servers);
		List<String> values = this.probe.awaitRecords("kit.outage", 2, Duration.ofSeconds(10))
			.stream()
			.map(ConsumerRecord::value)
			.toList();
		assertThat(values).containsExactly("before", "during");
	}

	private static RecordMetadata sendAndWait(KafkaProducer<String, String> producer, String value) {
		try {
			return producer.send(new ProducerRecord<>("kit.outage", "k", value)).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> producerConfig() {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200, ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
	}

}
