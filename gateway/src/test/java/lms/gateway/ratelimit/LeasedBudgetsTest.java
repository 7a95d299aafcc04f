package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import lms.kit.ratelimit.Bucket;
import lms.kit.ratelimit.Grant;
import lms.kit.ratelimit.ReactiveRedisLimits;
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
 * The general budget counted locally ahead of a real Redis: still refused once the bucket
 * is spent, on one instance and across two sharing the same Redis. The buckets refill
 * once an hour, so what a test spends stays spent.
 */
class LeasedBudgetsTest {

	static final Bucket HUNDRED = new Bucket(100, Duration.ofHours(1));

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
			.allSatisfy((verdict) -> assertThat(verdict.retryAfterSeconds()).isBetween(1L, 3600L));
		assertThat(counter.calls.get()).isLessThan(20);
	}

	@Test
	void onceRedisSaysTheBucketIsEmptyRefusalsNeedNoRoundTrip() {
		CountingCounter counter = new CountingCounter();
		LeasedBudgets budgets = budgets(counter);
		takeInTurn(101, budgets);
		int callsWhenSpent = counter.calls.get();

		List<Verdict> refused = takeInTurn(50, budgets);

		assertThat(refused).noneMatch(Verdict::allowed);
		assertThat(counter.calls.get()).isEqualTo(callsWhenSpent);
	}

	@Test
	void twoInstancesTakingTurnsNeverPassMoreThanTheBucketTogether() {
		LeasedBudgets first = budgets(new CountingCounter());
		LeasedBudgets second = budgets(new CountingCounter());

		long allowed = Flux.range(0, 400)
			.concatMap((i) -> ((i % 2 == 0) ? first : second).take(this.key, HUNDRED))
			.filter(Verdict::allowed)
			.count()
			.block();

		// Tokens leased and not yet spent may refuse a little early (at most a lease per
		// instance), never late.
		assertThat(allowed).isBetween(80L, 100L);
	}

	@Test
	void twoInstancesUnderConcurrentLoadNeverPassMoreThanTheBucketTogether() {
		LeasedBudgets first = budgets(new CountingCounter());
		LeasedBudgets second = budgets(new CountingCounter());

		long allowed = Flux.range(0, 1000)
			.flatMap((i) -> ((i % 2 == 0) ? first : second).take(this.key, HUNDRED), 64)
			.filter(Verdict::allowed)
			.count()
			.block();

		assertThat(allowed).isBetween(80L, 100L);
	}

	@Test
	void concurrentRequestsWaitForTheLeaseInFlightRatherThanEachAskingRedis() {
		CountingCounter counter = new CountingCounter();
		LeasedBudgets budgets = budgets(counter);
		Bucket generous = new Bucket(100_000, Duration.ofHours(1));

		long allowed = Flux.range(0, 1000)
			.flatMap((i) -> budgets.take(this.key, generous), 64)
			.filter(Verdict::allowed)
			.count()
			.block();

		assertThat(allowed).isEqualTo(1000);
		assertThat(counter.calls.get()).isLessThan(100);
	}

	@Test
	void aSlowCallerLeasesOneTokenAtATime() {
		CountingCounter counter = new CountingCounter();
		LeasedBudgets budgets = budgets(counter);

		for (int i = 0; i < 5; i++) {
			assertThat(budgets.take(this.key, HUNDRED).block().allowed()).isTrue();
			this.clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
		}

		assertThat(counter.leases).containsExactly(1, 1, 1, 1, 1);
	}

	@Test
	void anEmptyBucketAdmitsAgainOnceItsNextTokenIsDue() {
		Bucket thirtyThenOnePer50Ms = new Bucket(30, Duration.ofMillis(50));
		LeasedBudgets budgets = budgets(new CountingCounter());
		// Redis refills on its own clock: on a busy machine the 30 takes outlast a
		// token's
		// 50 ms and the 31st is rightly let through, so spend until the bucket is empty.
		int allowed = 0;
		while (allowed < 1000 && budgets.take(this.key, thirtyThenOnePer50Ms).block().allowed()) {
			allowed++;
		}
		assertThat(allowed).as("takes before the first refusal").isBetween(30, 999);

		await().atMost(Duration.ofSeconds(5)).until(() -> {
			this.clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
			return budgets.take(this.key, thirtyThenOnePer50Ms).block().allowed();
		});
	}

	@Test
	void idleKeysAreForgotten() {
		LeasedBudgets budgets = budgets(new CountingCounter());
		budgets.take(this.key, HUNDRED).block();
		this.clock.addAndGet(TimeUnit.SECONDS.toNanos(50));
		budgets.take(this.key, HUNDRED).block();
		this.clock.addAndGet(TimeUnit.SECONDS.toNanos(50));
		budgets.purge();
		assertThat(budgets.size()).as("a key asked within the minute stays").isOne();

		this.clock.addAndGet(TimeUnit.MINUTES.toNanos(2));
		budgets.purge();

		assertThat(budgets.size()).isZero();
	}

	@Test
	void theBudgetsAreACacheWithMetrics() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		LeasedBudgets budgets = new LeasedBudgets(new CountingCounter(), 50, this.clock::get, meters);

		budgets.take(this.key, HUNDRED).block();
		budgets.take(this.key, HUNDRED).block();

		assertThat(meters.get("cache.gets")
			.tag("cache", "gateway.rate-limit-budgets")
			.tag("result", "hit")
			.functionCounter()
			.count()).isOne();
		assertThat(meters.get("cache.size").tag("cache", "gateway.rate-limit-budgets").gauge().value()).isOne();
	}

	private LeasedBudgets budgets(BucketCounter counter) {
		return new LeasedBudgets(counter, 50, this.clock::get, new SimpleMeterRegistry());
	}

	private List<Verdict> takeInTurn(int requests, LeasedBudgets budgets) {
		return Flux.range(0, requests).concatMap((i) -> budgets.take(this.key, HUNDRED)).collectList().block();
	}

	/** The real counter, counting its round trips to Redis and the tokens each asked. */
	static class CountingCounter extends BucketCounter {

		final AtomicInteger calls = new AtomicInteger();

		final List<Integer> leases = new CopyOnWriteArrayList<>();

		CountingCounter() {
			super(new ReactiveRedisLimits(redis), Duration.ofSeconds(2));
		}

		@Override
		Mono<Grant> take(String key, Bucket bucket, int tokens) {
			this.calls.incrementAndGet();
			this.leases.add(tokens);
			return super.take(key, bucket, tokens);
		}

	}

}
