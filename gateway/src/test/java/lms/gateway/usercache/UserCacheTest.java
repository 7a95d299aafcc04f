package lms.gateway.usercache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import lms.kit.cache.EventPosition;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class UserCacheTest {

	private final MutableClock clock = new MutableClock();

	private final UserCache cache = cache(true);

	@Test
	void anAnswerIsKeptUntilItsUserIsEvicted() {
		this.cache.put("u1", answer(EventPosition.START), this.cache.generation());
		this.cache.put("u2", answer(EventPosition.START), this.cache.generation());

		this.cache.evict("u1");

		assertThat(this.cache.get("u1")).isNull();
		assertThat(this.cache.get("u2")).isNotNull();
	}

	@Test
	void anAnswerFetchedBeforeAnEvictionIsNotKeptAfterIt() {
		long before = this.cache.generation();
		this.cache.evict("u1");

		this.cache.put("u1", answer(EventPosition.START), before);

		assertThat(this.cache.get("u1")).isNull();
	}

	@Test
	void anAnswerBehindAnEventReadHereIsNotKeptAndOneAsFarIs() {
		this.cache.evictAfter(event(4), "someone");

		this.cache.put("u1", answer(new EventPosition(Map.of("lms.identity.user:0", 4L))), this.cache.generation());
		this.cache.put("u2", answer(new EventPosition(Map.of("lms.identity.user:0", 5L))), this.cache.generation());

		assertThat(this.cache.get("u1")).isNull();
		assertThat(this.cache.get("u2")).isNotNull();
	}

	@Test
	void anEventOfAnotherUserLeavesAKeptAnswer() {
		this.cache.put("u1", answer(EventPosition.START), this.cache.generation());

		this.cache.evictAfter(event(0), "u2");
		this.cache.passed(event(1));

		assertThat(this.cache.get("u1")).isNotNull();
		assertThat(this.cache.position().offsets()).containsEntry("lms.identity.user:0", 2L);
	}

	@Test
	void anEventThatMayChangeAnyViewForgetsEveryAnswer() {
		this.cache.put("u1", answer(EventPosition.START), this.cache.generation());

		this.cache.evictAllAfter(event(0));

		assertThat(this.cache.get("u1")).isNull();
	}

	@Test
	void noAnswerOutlivesTheGuard() {
		this.cache.put("u1", answer(EventPosition.START), this.cache.generation());

		this.clock.advance(Duration.ofSeconds(29));
		assertThat(this.cache.get("u1")).isNotNull();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.cache.get("u1")).isNull();
	}

	@Test
	void switchedOffNothingIsKept() {
		UserCache off = cache(false);

		off.put("u1", answer(EventPosition.START), off.generation());

		assertThat(off.get("u1")).isNull();
	}

	private UserCache cache(boolean enabled) {
		return new UserCache(
				new UserCacheProperties(enabled, "/api/v1/me", 100, Duration.ofSeconds(30), List.of("identity")),
				this.clock, new SimpleMeterRegistry());
	}

	private static UserAnswer answer(EventPosition position) {
		return new UserAnswer(HttpHeaders.EMPTY, "{}".getBytes(), position);
	}

	private static Message<byte[]> event(long offset) {
		return MessageBuilder.withPayload(new byte[0])
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, "lms.identity.user")
			.setHeader(KafkaHeaders.RECEIVED_PARTITION, 0)
			.setHeader(KafkaHeaders.OFFSET, offset)
			.build();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-06T22:00:00Z");

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
