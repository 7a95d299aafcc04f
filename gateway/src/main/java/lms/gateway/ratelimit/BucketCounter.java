package lms.gateway.ratelimit;

import java.time.Duration;

import lms.kit.ratelimit.Bucket;
import lms.kit.ratelimit.Grant;
import lms.kit.ratelimit.ReactiveRedisLimits;
import reactor.core.publisher.Mono;

/**
 * The kit's token buckets with the gateway's patience: a count Redis does not answer in
 * time is an error.
 */
class BucketCounter {

	private final ReactiveRedisLimits limits;

	private final Duration timeout;

	BucketCounter(ReactiveRedisLimits limits, Duration timeout) {
		this.limits = limits;
		this.timeout = timeout;
	}

	/** Takes up to {@code tokens} from the bucket at {@code key}. */
	Mono<Grant> take(String key, Bucket bucket, int tokens) {
		return this.limits.take(key, bucket, tokens).timeout(this.timeout);
	}

	/**
	 * Opens the connection and loads the script before the first request: on a cold JVM
	 * that first count outlasts the time-out, and a strict path would answer 503 as if
	 * Redis were down. A Redis that is away at start is not waited for.
	 */
	void warmUp(Duration patience) {
		this.limits.take("lms:rl:warm-up", new Bucket(1, Duration.ofMillis(1)), 1)
			.timeout(patience)
			.onErrorResume((ex) -> Mono.empty())
			.block();
	}

}
