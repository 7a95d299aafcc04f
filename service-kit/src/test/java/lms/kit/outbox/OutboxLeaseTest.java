package lms.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import lms.events.CloudEventHeaders;
import lms.kit.app.KitTestApplication;
import lms.kit.app.KitTestApplication.Widget;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.EmbeddedKafka;
import lms.testkit.KafkaProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three relays, as three replicas would run them, on one collection with a backlog of
 * pending events: each event reaches the topic once, and a relay that dies in the middle
 * of its work loses nothing. The backlog is {@code lms.test.outbox-lease.events} (150 by
 * default; the README's separate command runs 1,000).
 */
@SpringBootTest(classes = KitTestApplication.class)
@EmbeddedInfrastructure
@ActiveProfiles("outbox")
class OutboxLeaseTest {

	private static final int EVENTS = Integer.getInteger("lms.test.outbox-lease.events", 150);

	private static final Duration DRAINED = Duration.ofSeconds(60 + EVENTS / 10);

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EventPublisher publisher;

	private final KafkaProbe kafka = EmbeddedKafka.shared().probe();

	@Test
	void threeRelaysOnOneBacklogPublishEachEventExactlyOnce() {
		Backlog backlog = new Backlog("lease_shared");
		List<OutboxRelayRunner> relays = IntStream.range(0, 3)
			.mapToObj((i) -> runner(backlog, this.publisher))
			.toList();

		Map<String, Long> copies = drain(backlog, relays);

		assertThat(copies).hasSize(EVENTS);
		assertThat(copies.values()).as("records per event").containsOnly(1L);
		assertThat(backlog.leased()).isZero();
	}

	@Test
	void aRelayKilledBetweenASendAndItsRemovalLosesNothingAndRepeatsAtMostThatEvent() throws Exception {
		Backlog backlog = new Backlog("lease_killed");
		CountDownLatch killed = new CountDownLatch(1);
		AtomicInteger sends = new AtomicInteger();
		EventPublisher dying = (entry) -> {
			this.publisher.publish(entry);
			if (sends.incrementAndGet() == EVENTS / 6) {
				killed.countDown();
				freezeForever();
			}
		};
		OutboxRelayRunner victim = runner(backlog, dying);
		List<OutboxRelayRunner> survivors = List.of(runner(backlog, this.publisher), runner(backlog, this.publisher));

		victim.start();
		killed.await();
		Map<String, Long> copies = drain(backlog, survivors);

		assertThat(copies).as("every event reached the topic").hasSize(EVENTS);
		assertThat(copies.values().stream().filter((count) -> count > 1).count())
			.as("events sent twice: only the one the killed relay sent and never removed")
			.isLessThanOrEqualTo(1);
		assertThat(copies.values()).allMatch((count) -> count <= 2);
	}

	@Test
	void aStoppingRelayFinishesTheSendInProgressGivesTheRestBackAndCanStartAgain() throws Exception {
		Backlog backlog = new Backlog("lease_stopped");
		CountDownLatch sending = new CountDownLatch(1);
		CountDownLatch brokerAnswers = new CountDownLatch(1);
		EventPublisher slow = (entry) -> {
			sending.countDown();
			waitFor(brokerAnswers);
			this.publisher.publish(entry);
		};
		// the first send to a new topic creates its binding: allow it more than the 5 s
		// of production
		OutboxRelayRunner relay = runner(backlog, slow, Duration.ofSeconds(30));
		relay.start();
		sending.await();

		Thread stopping = Thread.ofPlatform().start(relay::stop);
		stopping.join(Duration.ofMillis(500));
		assertThat(stopping.isAlive()).as("stop waits for the send in progress").isTrue();
		brokerAnswers.countDown();
		stopping.join(Duration.ofSeconds(30));

		assertThat(stopping.isAlive()).isFalse();
		assertThat(backlog.pending()).as("only the event in flight left").isEqualTo(EVENTS - 1);
		assertThat(backlog.leased()).as("the rest of the claim given back").isZero();
		assertThat(backlog.copiesOnTheTopic(1)).hasSize(1).containsValue(1L);

		// a lifecycle may start again (Spring pauses and restarts cached test contexts)
		relay.start();
		try {
			await().atMost(DRAINED).until(() -> backlog.pending() == 0);
		}
		finally {
			relay.stop();
		}
	}

	/**
	 * Runs the relays until the backlog is empty; how often each event reached the topic.
	 */
	private static Map<String, Long> drain(Backlog backlog, List<OutboxRelayRunner> relays) {
		relays.forEach(OutboxRelayRunner::start);
		try {
			await().atMost(DRAINED).until(() -> backlog.pending() == 0);
		}
		finally {
			relays.forEach(OutboxRelayRunner::stop);
		}
		return backlog.copiesOnTheTopic();
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private OutboxRelayRunner runner(Backlog backlog, EventPublisher publisher) {
		return runner(backlog, publisher, Duration.ofSeconds(2));
	}

	private OutboxRelayRunner runner(Backlog backlog, EventPublisher publisher, Duration stopTimeout) {
		OutboxProperties properties = new OutboxProperties(List.of(backlog.collection()), Duration.ofMillis(200),
				Duration.ofSeconds(1), 20, Duration.ofSeconds(4));
		OutboxRelay relay = new OutboxRelay(this.mongo, publisher, properties, new SimpleMeterRegistry(),
				new TraceParent(null, null));
		return new OutboxRelayRunner(relay, properties, stopTimeout);
	}

	private static void freezeForever() {
		try {
			new CountDownLatch(1).await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("killed", ex);
		}
	}

	/** {@code EVENTS} documents with one pending entry each, on a topic of their own. */
	private final class Backlog {

		private final String collection;

		private final String topic = "lms.test.lease-" + UUID.randomUUID();

		private Backlog(String collection) {
			this.collection = collection;
			List<Widget> widgets = IntStream.range(0, EVENTS)
				.mapToObj((i) -> new Widget(null, "w" + i, List.of(entry(i))))
				.toList();
			OutboxLeaseTest.this.mongo.insert(widgets, collection);
		}

		String collection() {
			return this.collection;
		}

		private OutboxEntry entry(int i) {
			String id = UUID.randomUUID().toString();
			return new OutboxEntry(id, "lms.test.Leased.v1", this.topic, "key-" + i, "key-" + i, "/lease-test",
					Instant.now(), "{\"n\":" + i + "}", null);
		}

		long pending() {
			return OutboxLeaseTest.this.mongo.count(Query.query(Criteria.where(OutboxEntry.FIELD + ".0").exists(true)),
					this.collection);
		}

		long leased() {
			return OutboxLeaseTest.this.mongo.count(Query.query(Criteria.where(OutboxLeases.FIELD).exists(true)),
					this.collection);
		}

		Map<String, Long> copiesOnTheTopic() {
			return copiesOnTheTopic(EVENTS);
		}

		Map<String, Long> copiesOnTheTopic(int expected) {
			OutboxLeaseTest.this.kafka.awaitRecords(this.topic, expected, DRAINED);
			return OutboxLeaseTest.this.kafka.recordsWithin(this.topic, Duration.ofSeconds(2))
				.stream()
				.collect(Collectors.groupingBy((record) -> KafkaProbe.header(record, CloudEventHeaders.ID),
						Collectors.counting()));
		}

	}

}
