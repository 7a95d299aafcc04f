package lms.kit.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.script.RedisScript;

/**
 * The Redis scripts behind every limit, so the servlet and the reactive side count the
 * same way. Each reads Redis' own clock ({@code TIME}: one clock for every instance) and
 * writes a key together with its expiry in one atomic step: no key is ever left without
 * one.
 */
final class LimitScripts {

	/**
	 * A token bucket as a generic cell rate algorithm: the key holds the theoretical
	 * arrival time (µs) of the next token; taking n tokens moves it n intervals ahead, as
	 * long as it stays within capacity intervals of now. Grants what is there (up to the
	 * asked n), answers {granted, ms until the next token when short}. The key expires
	 * when the bucket would be full again.
	 */
	@SuppressWarnings("rawtypes")
	static final RedisScript<List> BUCKET = RedisScript.of("""
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
			local interval = tonumber(ARGV[1])
			local capacity = tonumber(ARGV[2])
			local wanted = tonumber(ARGV[3])
			local tat = tonumber(redis.call('GET', KEYS[1])) or now
			if tat < now then tat = now end
			local available = math.floor((now + capacity * interval - tat) / interval)
			local granted = math.max(0, math.min(wanted, available))
			tat = tat + granted * interval
			local ttl = math.ceil((tat - now) / 1000)
			if ttl > 0 then
			  redis.call('SET', KEYS[1], string.format('%.0f', tat), 'PX', ttl)
			end
			local wait = 0
			if granted < wanted then
			  wait = math.max(1, math.ceil((tat + interval - capacity * interval - now) / 1000))
			end
			return {granted, wait}
			""", List.class);

	/**
	 * Starts an attempt on every subject (a hash {n: failures, until: locked until, ms}):
	 * refuses with the longest lock left while any is locked; otherwise counts the
	 * attempt as a failure on each (a success takes it back), and where the count passes
	 * the subject's free failures, locks it for the doubling lock. Answers the ms to
	 * wait, 0 to go on. ARGV holds free, window, first lock and max lock (ms) per
	 * subject.
	 */
	static final RedisScript<Long> BEGIN = RedisScript.of("""
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
			local wait = 0
			for i, key in ipairs(KEYS) do
			  local locked = tonumber(redis.call('HGET', key, 'until')) or 0
			  if locked - now > wait then wait = locked - now end
			end
			if wait > 0 then return wait end
			for i, key in ipairs(KEYS) do
			  local free = tonumber(ARGV[i * 4 - 3])
			  local window = tonumber(ARGV[i * 4 - 2])
			  local n = redis.call('HINCRBY', key, 'n', 1)
			  local ttl = redis.call('PTTL', key)
			  if n == 1 or ttl < 0 then
			    redis.call('PEXPIRE', key, window)
			    ttl = window
			  end
			  if n > free then
			    local lock = math.min(tonumber(ARGV[i * 4]), tonumber(ARGV[i * 4 - 1]) * 2 ^ (n - free - 1))
			    redis.call('HSET', key, 'until', string.format('%.0f', now + lock))
			    if lock > ttl then redis.call('PEXPIRE', key, lock) end
			  end
			end
			return 0
			""", Long.class);

	/**
	 * A successful attempt: the first ARGV[1] subjects are forgotten, the others take
	 * back the failure the attempt counted (and their lock, once within the free
	 * failures). Never creates a key. ARGV[1 + i] is subject i's free failures.
	 */
	static final RedisScript<Long> SUCCEEDED = RedisScript.of("""
			local cleared = tonumber(ARGV[1])
			for i, key in ipairs(KEYS) do
			  if i <= cleared then
			    redis.call('DEL', key)
			  elseif redis.call('HEXISTS', key, 'n') == 1 then
			    local n = redis.call('HINCRBY', key, 'n', -1)
			    if n <= tonumber(ARGV[i + 1]) then redis.call('HDEL', key, 'until') end
			  end
			end
			return 0
			""", Long.class);

	private LimitScripts() {
	}

	static String[] bucketArguments(Bucket bucket, int tokens) {
		long micros = Math.max(1, bucket.refillEvery().toNanos() / 1000);
		return new String[] { Long.toString(micros), Integer.toString(bucket.capacity()), Integer.toString(tokens) };
	}

	static Grant grant(List<?> answer) {
		return new Grant((int) number(answer, 0), Duration.ofMillis(number(answer, 1)));
	}

	static List<String> keys(List<Subject> subjects) {
		return subjects.stream().map(Subject::key).toList();
	}

	static String[] beginArguments(List<Subject> subjects) {
		List<String> arguments = new ArrayList<>();
		for (Subject subject : subjects) {
			FailureRule rule = subject.rule();
			arguments.add(Integer.toString(rule.free()));
			arguments.add(Long.toString(rule.window().toMillis()));
			arguments.add(Long.toString(rule.firstLock().toMillis()));
			arguments.add(Long.toString(rule.maxLock().toMillis()));
		}
		return arguments.toArray(String[]::new);
	}

	static String[] succeededArguments(List<Subject> subjects, int cleared) {
		List<String> arguments = new ArrayList<>();
		arguments.add(Integer.toString(cleared));
		subjects.forEach((subject) -> arguments.add(Integer.toString(subject.rule().free())));
		return arguments.toArray(String[]::new);
	}

	private static long number(List<?> answer, int index) {
		return ((Number) answer.get(index)).longValue();
	}

}
