package lms.kit.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import io.micrometer.core.instrument.MeterRegistry;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.kit.app.KitTestApplication;
import lms.kit.app.KitTestApplication.Effects;
import lms.kit.web.ApiException;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.EmbeddedKafka;
import lms.testkit.KafkaProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = KitTestApplication.class, properties = "lms.dead-letters.gauge-interval=200ms")
@EmbeddedInfrastructure
@ActiveProfiles("outbox")
class DeadLetterReplayTest {

	private static final String GROUP = "kit.test";

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	@Autowired
	DeadLetterInbox inbox;

	@Autowired
	DeadLetterActions actions;

	@Autowired
	Effects effects;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	private final KafkaProbe kafka = EmbeddedKafka.shared().probe();

	@Test
	void aDeadLetterIsListedWithItsCauseAndReplayedOnceEvenByTwoOperatorsAtOnce() throws Exception {
		String userId = UUID.randomUUID().toString();
		this.effects.refuse(userId);
		String eventId = send(userId, "{\"userId\":\"" + userId + "\",\"email\":\"a@example.com\",\"name\":\"Ann\"}");

		DeadLetterRecord letter = awaitDeadLetter(eventId);
		DeadLetter summary = letter.summary();
		assertThat(summary.type()).isEqualTo("lms.identity.UserRegistered.v1");
		assertThat(summary.subject()).isEqualTo(userId);
		assertThat(summary.topic()).isEqualTo(Topics.IDENTITY_USER);
		assertThat(summary.attempts()).isEqualTo(2);
		assertThat(summary.exception()).isEqualTo(IllegalStateException.class.getName());
		assertThat(summary.message()).contains("is refused for now");
		assertThat(this.effects.forUser(userId)).isEmpty();

		this.effects.accept(userId);
		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<Object>> replays = List.of(replayWhenBoth(together, letter),
				replayWhenBoth(together, letter));
		List<Object> outcomes = replays.stream().map(CompletableFuture::join).toList();

		assertThat(this.effects.forUser(userId)).hasSize(1);
		assertThat(outcomes).filteredOn(Resolution.class::isInstance).hasSize(1).first().satisfies((resolution) -> {
			assertThat(((Resolution) resolution).outcome()).isEqualTo(Resolution.HANDLED);
			assertThat(((Resolution) resolution).by()).isEqualTo("operator");
		});
		assertThat(outcomes).filteredOn(HttpStatus.CONFLICT::equals).hasSize(1);
		assertThatThrownBy(() -> this.actions.replay(GROUP, letter.id().toString(), "operator"))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
		assertThat(this.effects.forUser(userId)).hasSize(1);
		assertThat(waitingIds()).doesNotContain(letter.id().toString());
	}

	@Test
	void aFailingReplayLeavesTheDeadLetterWaitingAndADiscardRemovesIt() {
		String userId = UUID.randomUUID().toString();
		this.effects.refuse(userId);
		DeadLetterRecord letter = awaitDeadLetter(
				send(userId, "{\"userId\":\"" + userId + "\",\"email\":\"b@example.com\",\"name\":\"Bo\"}"));

		assertThatThrownBy(() -> this.actions.replay(GROUP, letter.id().toString(), "operator"))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.getMessage()).contains("IllegalStateException");
			});
		assertThat(waitingIds()).contains(letter.id().toString());

		Resolution discarded = this.actions.discard(GROUP, letter.id().toString(), "operator");
		assertThat(discarded.action()).isEqualTo(Resolution.DISCARDED);
		assertThat(waitingIds()).doesNotContain(letter.id().toString());
		assertThat(this.effects.forUser(userId)).isEmpty();
	}

	@Test
	void theGaugeCountsWhatWaitsAndSecretsInAShownPayloadAreMasked() {
		String userId = UUID.randomUUID().toString();
		this.effects.refuse(userId);
		DeadLetterRecord letter = awaitDeadLetter(send(userId, "{\"userId\":\"" + userId
				+ "\",\"email\":\"c@example.com\",\"activationCode\":\"4821\",\"nested\":{\"refreshToken\":\"abc\"}}"));

		JsonNode payload = Redaction.payload(letter.record().value(), this.json);
		assertThat(payload.get("activationCode").asString()).isEqualTo(Redaction.MASK);
		assertThat(payload.get("nested").get("refreshToken").asString()).isEqualTo(Redaction.MASK);
		assertThat(payload.get("email").asString()).isEqualTo("c@example.com");
		assertThat(Redaction.text("{not json, code=4821 and 12345678")).doesNotContain("4821", "12345678");

		await().atMost(DELIVERY).until(() -> waitingGauge() == this.inbox.waiting(GROUP).size());
		double before = waitingGauge();
		this.actions.discard(GROUP, letter.id().toString(), "operator");
		await().atMost(DELIVERY).until(() -> waitingGauge() == before - 1);
	}

	private CompletableFuture<Object> replayWhenBoth(CyclicBarrier together, DeadLetterRecord letter) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				together.await();
				return this.actions.replay(GROUP, letter.id().toString(), "operator");
			}
			catch (ApiException ex) {
				return ex.status();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private double waitingGauge() {
		var gauge = this.meters.find(DeadLetterGauge.NAME).tag("group", GROUP).gauge();
		return (gauge != null) ? gauge.value() : Double.NaN;
	}

	private List<String> waitingIds() {
		return this.inbox.waiting(GROUP).stream().map((letter) -> letter.id().toString()).toList();
	}

	private DeadLetterRecord awaitDeadLetter(String eventId) {
		return await().atMost(DELIVERY)
			.until(() -> this.inbox.waiting(GROUP)
				.stream()
				.filter((letter) -> eventId.equals(letter.eventId()))
				.findFirst()
				.orElse(null), (letter) -> letter != null);
	}

	private String send(String userId, String payload) {
		String eventId = UUID.randomUUID().toString();
		this.kafka.send(Topics.IDENTITY_USER, userId, payload,
				Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, "lms.identity.UserRegistered.v1",
						CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.SOURCE, "/test",
						CloudEventHeaders.SUBJECT, userId, CloudEventHeaders.TIME, Instant.now().toString()));
		return eventId;
	}

}
