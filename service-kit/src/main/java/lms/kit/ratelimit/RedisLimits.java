package lms.kit.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Limits counted in Redis for blocking callers (the servlet services). Every call is one
 * atomic script; Redis errors propagate (the caller decides whether to fail open).
 */
public final class RedisLimits {

	private final StringRedisTemplate redis;

	public RedisLimits(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/** Takes up to {@code tokens} from the bucket at {@code key}. */
	public Grant take(String key, Bucket bucket, int tokens) {
		List<?> answer = this.redis.execute(LimitScripts.BUCKET, List.of(key),
				(Object[]) LimitScripts.bucketArguments(bucket, tokens));
		return LimitScripts.grant(answer);
	}

	/**
	 * Starts an attempt that may fail: empty to go on (the attempt is counted as a
	 * failure of every subject until {@link #succeeded}), or how long to wait while any
	 * subject is locked.
	 */
	public Optional<Duration> begin(List<Subject> subjects) {
		Long wait = this.redis.execute(LimitScripts.BEGIN, LimitScripts.keys(subjects),
				(Object[]) LimitScripts.beginArguments(subjects));
		return (wait != null && wait > 0) ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
	}

	/**
	 * The attempt begun on {@code subjects} succeeded: the first {@code cleared} of them
	 * forget their failures, the others take back the one the attempt counted.
	 */
	public void succeeded(List<Subject> subjects, int cleared) {
		this.redis.execute(LimitScripts.SUCCEEDED, LimitScripts.keys(subjects),
				(Object[]) LimitScripts.succeededArguments(subjects, cleared));
	}

}
