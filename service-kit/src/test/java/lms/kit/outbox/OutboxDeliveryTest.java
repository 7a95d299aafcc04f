package lms.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.events.identity.UserRegistered;
import lms.kit.app.KitTestApplication;
import lms.kit.app.KitTestApplication.Effects;
import lms.kit.app.KitTestApplication.Widget;
import lms.kit.messaging.DeadLetterTopics;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.EmbeddedKafka;
import lms.testkit.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = KitTestApplication.class)
@EmbeddedInfrastructure
@ActiveProfiles("outbox")
class OutboxDeliveryTest {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private static final TraceParent NO_TRACE = new TraceParent(null, null);

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Outbox outbox;

	@Autowired
	EventPublisher publisher;

	@Autowired
	Effects effects;

	@Autowired
	Tracer tracer;

	private final KafkaProbe kafka = EmbeddedKafka.shared().probe();

	@Test
	void aChangeAndItsEventAreStoredTogetherThenPublishedAsACloudEventAndRemoved() {
		UserRegistered event = registered();
		Span request = this.tracer.nextSpan().name("request").start();
		Widget widget;
		try (Tracer.SpanInScope scope = this.tracer.withSpan(request)) {
			widget = this.mongo.insert(new Widget(null, "first", this.outbox.entries(event)));
		}
		finally {
			request.end();
		}
		this.outbox.written();

		await().atMost(DELIVERY).until(() -> pendingIn("widgets", widget.id()).isEmpty());
		ConsumerRecord<String, String> record = await().atMost(DELIVERY)
			.until(() -> recordsFor(event), (records) -> !records.isEmpty())
			.get(0);
		assertThat(record.key()).isEqualTo(event.userId());
		assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("lms.identity.UserRegistered.v1");
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/kit-test");
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(event.userId());
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isNotBlank();
		assertThat(record.value()).contains("\"userId\":\"" + event.userId() + "\"");

		await().atMost(DELIVERY).until(() -> this.effects.forUser(event.userId()).size() == 1);
		assertThat(this.effects.forUser(event.userId())).containsExactly(event);
		assertThat(KafkaProbe.header(record, "traceparent")).contains(request.context().traceId());
		assertThat(this.effects.traceIdFor(event.userId())).isEqualTo(request.context().traceId());
	}

	@Test
	void anEventPublishedByARelayThatDiedBeforeRemovingItIsPublishedAgainOnceItsLeaseLapsedAndHandledOnce() {
		UserRegistered event = registered();
		Widget widget = this.mongo.insert(new Widget(null, "crash", this.outbox.entries(event)), "crash_widgets");
		OutboxProperties crashCollection = new OutboxProperties(List.of("crash_widgets"), Duration.ofSeconds(1),
				Duration.ofSeconds(1), 10, Duration.ofSeconds(2));
		OutboxRelay dying = new OutboxRelay(this.mongo, this.publisher, crashCollection, new SimpleMeterRegistry(),
				NO_TRACE) {
			@Override
			void complete(OutboxLeases.Claim claim, Object id, List<String> entryIds) {
				throw new IllegalStateException("relay died between publishing and removal");
			}

			@Override
			void release(OutboxLeases.Claim claim, java.util.Collection<Object> ids) {
				throw new IllegalStateException("a dead relay releases nothing");
			}
		};

		try {
			dying.relayPending();
		}
		catch (IllegalStateException expected) {
			assertThat(pendingIn("crash_widgets", widget.id())).hasSize(1);
		}
		OutboxRelay next = new OutboxRelay(this.mongo, this.publisher, crashCollection, new SimpleMeterRegistry(),
				NO_TRACE);
		assertThat(next.relayPending()).as("the dead relay's lease still holds").isZero();
		await().atMost(DELIVERY).until(() -> next.relayPending() == 1);

		assertThat(pendingIn("crash_widgets", widget.id())).isEmpty();
		await().atMost(DELIVERY).until(() -> recordsFor(event).size() == 2);
		await().atMost(DELIVERY).until(() -> this.effects.forUser(event.userId()).size() == 1);
		await().during(Duration.ofSeconds(2))
			.atMost(DELIVERY)
			.until(() -> this.effects.forUser(event.userId()).size() == 1);
	}

	@Test
	void anEventWrittenWhileTheBrokerIsDownIsDeliveredAfterItReturns() {
		EmbeddedKafka broker = EmbeddedKafka.shared();
		UserRegistered event = registered();
		broker.stop();
		try {
			Widget widget = this.mongo.insert(new Widget(null, "outage", this.outbox.entries(event)));
			this.outbox.written();
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(10))
				.until(() -> pendingIn("widgets", widget.id()).size() == 1);
		}
		finally {
			broker.start();
		}
		await().atMost(Duration.ofSeconds(90)).until(() -> this.effects.forUser(event.userId()).size() == 1);
	}

	@Test
	void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextMessageIsStillConsumed() {
		String poisonId = UUID.randomUUID().toString();
		this.kafka.send(Topics.IDENTITY_USER, "poison", "{not json", headers(poisonId));
		UserRegistered next = registered();
		this.mongo.insert(new Widget(null, "after-poison", this.outbox.entries(next)));
		this.outbox.written();

		await().atMost(DELIVERY).until(() -> this.effects.forUser(next.userId()).size() == 1);
		List<ConsumerRecord<String, String>> dead = this.kafka
			.awaitRecords(DeadLetterTopics.name(Topics.IDENTITY_USER, "kit.test"), 1, DELIVERY);
		assertThat(dead).anySatisfy((record) -> {
			assertThat(record.value()).isEqualTo("{not json");
			assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isEqualTo(poisonId);
		});
	}

	private static java.util.Map<String, String> headers(String id) {
		return java.util.Map.of(CloudEventHeaders.ID, id, CloudEventHeaders.TYPE, "lms.identity.UserRegistered.v1",
				CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.SOURCE, "/test");
	}

	private List<ConsumerRecord<String, String>> recordsFor(UserRegistered event) {
		return this.kafka.recordsWithin(Topics.IDENTITY_USER, Duration.ofSeconds(1))
			.stream()
			.filter((record) -> event.userId().equals(record.key()))
			.toList();
	}

	private List<?> pendingIn(String collection, String id) {
		org.bson.Document document = this.mongo.findById(id, org.bson.Document.class, collection);
		return document.getList(OutboxEntry.FIELD, Object.class, List.of());
	}

	private static UserRegistered registered() {
		String userId = UUID.randomUUID().toString();
		return new UserRegistered(userId, userId + "@example.com", "Ann", Instant.now(), "password");
	}

}
