package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Fixed-window counters in Redis: one atomic script adds to the key, starts its window on
 * the first hit, and answers the count and the time left.
 */
class RedisCounter {

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> SCRIPT = RedisScript.of("""
			local n = redis.call('INCRBY', KEYS[1], ARGV[2])
			if n == tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
			local ttl = redis.call('PTTL', KEYS[1])
			if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
			return {n, ttl}
			""", List.class);

	private final ReactiveStringRedisTemplate redis;

	private final Duration timeout;

	RedisCounter(ReactiveStringRedisTemplate redis, Duration timeout) {
		this.redis = redis;
		this.timeout = timeout;
	}

	/**
	 * Counts one request against {@code key}; errors when Redis does not answer in time.
	 */
	Mono<Count> hit(String key, Duration window) {
		return take(key, window, 1);
	}

	/**
	 * Counts {@code permits} requests at once against {@code key}; errors when Redis does
	 * not answer in time.
	 */
	Mono<Count> take(String key, Duration window, int permits) {
		return this.redis
			.execute(SCRIPT, List.of(key), List.of(String.valueOf(window.toMillis()), String.valueOf(permits)))
			.next()
			.map((result) -> new Count(((Number) result.get(0)).longValue(),
					Duration.ofMillis(((Number) result.get(1)).longValue())))
			.timeout(this.timeout);
	}

	/**
	 * Opens the connection and loads the script before the first request: on a cold JVM
	 * that first count outlasts the time-out, and a strict path would answer 503 as if
	 * Redis were down. A Redis that is away at start is not waited for.
	 */
	void warmUp(Duration patience) {
		take("lms:ratelimit:warm-up", Duration.ofSeconds(1), 1).timeout(patience)
			.onErrorResume((ex) -> Mono.empty())
			.block();
	}

	/** The requests counted in the current window and the time until it ends. */
	record Count(long requests, Duration remaining) {

		boolean exceeds(int limit) {
			return this.requests > limit;
		}

	}

}
