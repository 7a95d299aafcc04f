package lms.kit.ratelimit;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The token buckets of {@link RedisLimits} for reactive callers (the gateway): the same
 * script, so both sides count alike.
 */
public final class ReactiveRedisLimits {

	private final ReactiveStringRedisTemplate redis;

	public ReactiveRedisLimits(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	/** Takes up to {@code tokens} from the bucket at {@code key}. */
	public Mono<Grant> take(String key, Bucket bucket, int tokens) {
		return this.redis
			.execute(LimitScripts.BUCKET, List.of(key), List.of(LimitScripts.bucketArguments(bucket, tokens)))
			.next()
			.map(LimitScripts::grant);
	}

}
