package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import lms.gateway.ratelimit.RateLimitProperties.Limit;
import lms.testkit.EmbeddedRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The general budget counted locally ahead of a real Redis: still refused over the limit,
 * on one instance and across two sharing the same Redis.
 */
class LeasedBudgetsTest {

	static final Limit HUNDRED_A_MINUTE = new Limit(100, Duration.ofMinutes(1));

	static LettuceConnectionFactory connections;

	static ReactiveStringRedisTemplate redis;

	final AtomicLong clock = new AtomicLong(TimeUnit.HOURS.toNanos(1));

	final String key = "rl:test:" + UUID.randomUUID();

	@BeforeAll
	static void connect() {
		EmbeddedRedis server = EmbeddedRedis.shared();
		connections = new LettuceConnectionFactory(server.host(), server.port());
		connections.afterPropertiesSet();
		connections.start();
		redis = new ReactiveStringRedisTemplate(connections);
	}

	@AfterAll
	static void disconnect() {
		connections.destroy();
	}

	@Test
	void aHotCallerIsRefusedOnceTheLimitIsSpentWithFewRedisRoundTrips() {
		CountingCounter counter = new CountingCounter();
		LeasedBudgets budgets = budgets(counter);

		List<Verdict> verdicts = takeInTurn(150, budgets);

		assertThat(verdicts.stream().filter(Verdict::allowed)).hasSize(100);
		assertThat(verdicts.subList(100, 150)).noneMatch(Verdict::allowed)
			.allSatisfy((verdict) -> assertThat(verdict.retryAfterSeconds()).isBetween(1L, 60L));
		assertThat(counter.calls.get()).isLessThan(20);
	}

	@Test
	void onceRedisSaysTheWindowIsSpentRefusalsNeedNoRoundTrip() {
		CountingCounter counter = new CountingCounter();
		LeasedBudgets budgets = budgets(counter);
		takeInTurn(101, budgets);
		int callsWhenSpent = counter.calls.get();

		List<Verdict> refused = takeInTurn(50, budgets);

		assertThat(refused).noneMatch(Verdict::allowed);
		assertThat(counter.calls.get()).isEqualTo(callsWhenSpent);
	}

	@Test
	void twoInstancesTakingTurnsNeverPassMoreThanTheLimitTogether() {
		LeasedBudgets first = budgets(new CountingCounter());
		LeasedBudgets second = budgets(new CountingCounter());

		long allowed = Flux.range(0, 400)
			.concatMap((i) -> ((i % 2 == 0) ? first : second).take(this.key, HUNDRED_A_MINUTE))
			.filter(Verdict::allowed)
			.count()
			.block();

		// Leftover leases may refuse a little early (at most a lease per instance), never
		// late.
		assertThat(allowed).isBetween(80L, 100L);
	}

	@Test
	void twoInstancesUnderConcurrentLoadNeverPassMoreThanTheLimitTogether() {
		LeasedBudgets first = budgets(new CountingCounter());
		LeasedBudgets second = budgets(new CountingCounter());

		long allowed = Flux.range(0, 1000)
			.flatMap((i) -> ((i % 2 == 0) ? first : second).take(this.key, HUNDRED_A_MINUTE), 64)
			.filter(Verdict::allowed)
			.count()
			.block();

		assertThat(allowed).isBetween(80L, 100L);
	}

	@Test
	void concurrentRequestsWaitForTheLeaseInFlightRatherThanEachAskingRedis() {
		CountingCounter counter = new CountingCounter();
		LeasedBudgets budgets = budgets(counter);
		Limit generous = new Limit(100_000, Duration.ofMinutes(1));

		long allowed = Flux.range(0, 1000)
			.flatMap((i) -> budgets.take(this.key, generous), 64)
			.filter(Verdict::allowed)
			.count()
			.block();

		assertThat(allowed).isEqualTo(1000);
		assertThat(counter.calls.get()).isLessThan(100);
	}

	@Test
	void aSlowCallerLeasesOnePermitAtATime() {
		LeasedBudgets budgets = budgets(new CountingCounter());

		for (int i = 0; i < 5; i++) {
			assertThat(budgets.take(this.key, HUNDRED_A_MINUTE).block().allowed()).isTrue();
			this.clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
		}

		assertThat(redis.opsForValue().get(this.key).block()).isEqualTo("5");
	}

	@Test
	void aNewWindowStartsAfterTheOldOneEnds() {
		Limit thirtyInHalfASecond = new Limit(30, Duration.ofMillis(500));
		LeasedBudgets budgets = budgets(new CountingCounter());
		for (int i = 0; i < 30; i++) {
			budgets.take(this.key, thirtyInHalfASecond).block();
		}
		assertThat(budgets.take(this.key, thirtyInHalfASecond).block().allowed()).isFalse();

		await().atMost(Duration.ofSeconds(5)).until(() -> {
			this.clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
			return budgets.take(this.key, thirtyInHalfASecond).block().allowed();
		});
	}

	@Test
	void endedWindowsAreForgotten() {
		LeasedBudgets budgets = budgets(new CountingCounter());
		budgets.take(this.key, HUNDRED_A_MINUTE).block();
		budgets.purge();
		assertThat(budgets.size()).isOne();

		this.clock.addAndGet(TimeUnit.MINUTES.toNanos(2));
		budgets.purge();

		assertThat(budgets.size()).isZero();
	}

	private LeasedBudgets budgets(RedisCounter counter) {
		return new LeasedBudgets(counter, 50, this.clock::get);
	}

	private List<Verdict> takeInTurn(int requests, LeasedBudgets budgets) {
		return Flux.range(0, requests).concatMap((i) -> budgets.take(this.key, HUNDRED_A_MINUTE)).collectList().block();
	}

	/** The real counter, counting its round trips to Redis. */
	static class CountingCounter extends RedisCounter {

		final AtomicInteger calls = new AtomicInteger();

		CountingCounter() {
			super(redis, Duration.ofSeconds(2));
		}

		@Override
		Mono<Count> take(String key, Duration window, int permits) {
			this.calls.incrementAndGet();
			return super.take(key, window, permits);
		}

	}

}
