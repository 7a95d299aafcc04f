package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import lms.gateway.ratelimit.Budget.Outcome;
import lms.gateway.ratelimit.Budget.Step;
import lms.kit.ratelimit.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The general budget, counted on this instance ahead of Redis. An instance takes tokens
 * from the shared Redis bucket in leases sized to about 100 ms of the key's recent
 * traffic (one at first, at most doubling each time, at most {@code maxLease} and a tenth
 * of the bucket), spends them without a round trip, and takes the next lease when half is
 * spent; requests finding no token wait for the lease in flight rather than each asking
 * Redis. Once Redis says the bucket is empty, the instance refuses locally until its next
 * token is due. Redis counts every leased token, so all instances together never let more
 * than the bucket through; tokens leased and left unspent by an idle key are dropped.
 * Redis down or slow: requests pass (logged once per outage), except where this instance
 * already knows the bucket is empty. The budgets are a Caffeine cache of at most 100,000
 * keys (its admission keeps the busy ones when made-up keys flood in), each forgotten
 * after a minute without requests; metrics {@code cache.*} tagged
 * {@code cache=gateway.rate-limit-budgets}.
 */
class LeasedBudgets {

	private static final Logger log = LoggerFactory.getLogger(LeasedBudgets.class);

	private static final int MAX_KEYS = 100_000;

	private final Cache<String, Budget> budgets;

	private final BucketCounter counter;

	private final int maxLease;

	private final LongSupplier nanoTime;

	private final AtomicBoolean redisDown = new AtomicBoolean();

	LeasedBudgets(BucketCounter counter, int maxLease, LongSupplier nanoTime, MeterRegistry meters) {
		this.counter = counter;
		this.maxLease = maxLease;
		this.nanoTime = nanoTime;
		this.budgets = Caffeine.newBuilder()
			.maximumSize(MAX_KEYS)
			.expireAfterAccess(Duration.ofNanos(Budget.IDLE_NANOS))
			.ticker(nanoTime::getAsLong)
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.budgets, "gateway.rate-limit-budgets");
	}

	/** Counts one request against {@code key}; never fails. */
	Mono<Verdict> take(String key, Bucket bucket) {
		return attempt(key, bucket, budget(key));
	}

	private Mono<Verdict> attempt(String key, Bucket bucket, Budget budget) {
		Step step = budget.next(this.nanoTime.getAsLong(), leaseCap(bucket));
		if (step.verdict() != null) {
			if (step.lease() > 0) {
				lease(key, bucket, budget, step.lease(), false).subscribe();
			}
			return Mono.just(step.verdict());
		}
		if (step.pending() != null) {
			return step.pending()
				.then(Mono.defer(() -> attempt(key, bucket, budget)))
				.onErrorResume((ex) -> Mono.just(Verdict.ALLOWED));
		}
		return lease(key, bucket, budget, step.lease(), true);
	}

	/** Takes tokens from Redis; the requests waiting for them go on once it answered. */
	private Mono<Verdict> lease(String key, Bucket bucket, Budget budget, int tokens, boolean forRequest) {
		return this.counter.take(key, bucket, tokens).map((grant) -> {
			redisAnswered();
			Outcome outcome = budget.granted(this.nanoTime.getAsLong(), tokens, grant, forRequest);
			if (outcome.waiting() != null) {
				outcome.waiting().tryEmitEmpty();
			}
			return outcome.verdict();
		}).onErrorResume((ex) -> {
			redisFailed(ex);
			release(budget.failed(), ex);
			return Mono.just(Verdict.ALLOWED);
		}).doOnCancel(() -> release(budget.failed(), new IllegalStateException("lease abandoned")));
	}

	private static void release(Sinks.Empty<Void> waiting, Throwable ex) {
		if (waiting != null) {
			waiting.tryEmitError(ex);
		}
	}

	private Budget budget(String key) {
		return this.budgets.get(key, (k) -> new Budget());
	}

	private int leaseCap(Bucket bucket) {
		return Math.max(1, Math.min(this.maxLease, bucket.capacity() / 10));
	}

	/** Forgets the keys idle for a while now, not at the next request. */
	@Scheduled(fixedDelayString = "${lms.gateway.rate-limits.purge-interval:30s}")
	void purge() {
		this.budgets.cleanUp();
	}

	/** Forgets everything this instance counted (Redis keeps its counts). */
	void clear() {
		this.budgets.invalidateAll();
	}

	long size() {
		this.budgets.cleanUp();
		return this.budgets.estimatedSize();
	}

	/** Logs once per outage, not once per request. */
	private void redisFailed(Throwable ex) {
		if (this.redisDown.compareAndSet(false, true)) {
			log.warn("Rate limits not checked, Redis unavailable ({}); letting requests through", ex.toString());
		}
	}

	private void redisAnswered() {
		if (this.redisDown.compareAndSet(true, false)) {
			log.info("Rate limits checked again, Redis answers");
		}
	}

}
