package lms.kit.ratelimit;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import lms.testkit.EmbeddedRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scripts every limit counts with, against a real redis-server.
 */
class RedisLimitsTest {

	static final FailureRule TWO_FREE = new FailureRule(2, Duration.ofHours(1), Duration.ofSeconds(10),
			Duration.ofSeconds(40));

	static LettuceConnectionFactory connections;

	static StringRedisTemplate redis;

	static RedisLimits limits;

	final String key = "lms:test:" + UUID.randomUUID();

	@BeforeAll
	static void connect() {
		EmbeddedRedis server = EmbeddedRedis.shared();
		connections = new LettuceConnectionFactory(server.host(), server.port());
		connections.afterPropertiesSet();
		connections.start();
		redis = new StringRedisTemplate(connections);
		limits = new RedisLimits(redis);
	}

	@AfterAll
	static void disconnect() {
		connections.destroy();
	}

	@Test
	void aBucketGivesItsBurstThenRefusesWithTheTimeToTheNextToken() {
		Bucket fivePerHour = new Bucket(5, Duration.ofMinutes(12));
		for (int i = 0; i < 5; i++) {
			assertThat(limits.take(this.key, fivePerHour, 1).allowed()).isTrue();
		}

		Grant refused = limits.take(this.key, fivePerHour, 1);

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(11), Duration.ofMinutes(12));
	}

	@Test
	void aBucketGrantsPartOfALargerRequestAndSaysWhenMoreComes() {
		Bucket tenPerHour = new Bucket(10, Duration.ofMinutes(6));

		assertThat(limits.take(this.key, tenPerHour, 4).granted()).isEqualTo(4);
		Grant rest = limits.take(this.key, tenPerHour, 10);

		assertThat(rest.granted()).isEqualTo(6);
		assertThat(rest.retryAfter()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(6));
	}

	@Test
	void aSpentBucketRefillsOneTokenPerInterval() {
		Bucket onePer300Ms = new Bucket(1, Duration.ofMillis(300));
		assertThat(limits.take(this.key, onePer300Ms, 1).allowed()).isTrue();
		Grant refused = limits.take(this.key, onePer300Ms, 1);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isBetween(Duration.ofMillis(1), Duration.ofMillis(300));

		await().atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> limits.take(this.key, onePer300Ms, 1).allowed());
	}

	@Test
	void aBucketKeyExpiresWhenTheBucketWouldBeFullAgain() {
		limits.take(this.key, new Bucket(10, Duration.ofSeconds(1)), 3);

		assertThat(redis.getExpire(this.key, java.util.concurrent.TimeUnit.MILLISECONDS)).isBetween(2_000L, 3_000L);
	}

	@Test
	void aBucketKeyLeftWithoutExpiryGetsOneOnItsNextUse() {
		long nowMicros = System.currentTimeMillis() * 1000;
		redis.opsForValue().set(this.key, Long.toString(nowMicros + 5_000_000));

		limits.take(this.key, new Bucket(10, Duration.ofSeconds(1)), 1);

		assertThat(redis.getExpire(this.key)).isBetween(1L, 10L);
	}

	@Test
	void failuresBeyondTheFreeOnesLockTheSubject() {
		List<Subject> subject = List.of(new Subject(this.key, TWO_FREE));
		assertThat(limits.begin(subject)).isEmpty();
		assertThat(limits.begin(subject)).isEmpty();
		assertThat(limits.begin(subject)).as("the third attempt may go on, and locks what follows").isEmpty();

		Optional<Duration> locked = limits.begin(subject);

		assertThat(locked)
			.hasValueSatisfying((wait) -> assertThat(wait).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10)));
	}

	/**
	 * Each lock's time left, read right after the failure that set it, lies between the
	 * lock less the time taken since that failure and the lock itself: exact however busy
	 * the machine (a fixed margin failed when 85 ms passed between the two calls).
	 */
	@Test
	void eachFailureAfterALockDoublesTheNextLockUpToTheLongest() {
		FailureRule rule = new FailureRule(0, Duration.ofHours(1), Duration.ofMillis(100), Duration.ofMillis(400));
		List<Subject> subject = List.of(new Subject(this.key, rule));
		for (long lock : new long[] { 100, 200, 400, 400 }) {
			AtomicLong failedAt = new AtomicLong();
			await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).until(() -> {
				failedAt.set(System.nanoTime());
				return limits.begin(subject).isEmpty();
			});
			long left = limits.begin(subject).orElseThrow().toMillis();
			long since = Duration.ofNanos(System.nanoTime() - failedAt.get()).toMillis();

			assertThat(left).as("lock of %d ms, %d ms after the failure", lock, since)
				.isBetween(lock - since - 1, lock);
		}
	}

	@Test
	void aLockedSubjectRefusesWithoutCountingTheRefusedAttempt() {
		List<Subject> subject = List.of(new Subject(this.key, TWO_FREE));
		IntStream.range(0, 3).forEach((i) -> limits.begin(subject));

		IntStream.range(0, 10).forEach((i) -> assertThat(limits.begin(subject)).isPresent());

		assertThat(redis.opsForHash().get(this.key, "n")).isEqualTo("3");
	}

	@Test
	void attemptsStartedTogetherGetNoMoreThanTheFreeFailuresPlusOne() throws Exception {
		List<Subject> subject = List.of(new Subject(this.key, TWO_FREE));
		Callable<Boolean> attempt = () -> limits.begin(subject).isEmpty();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<Boolean>> started = pool.invokeAll(java.util.Collections.nCopies(20, attempt));
			long goingOn = 0;
			for (Future<Boolean> one : started) {
				goingOn += one.get() ? 1 : 0;
			}
			assertThat(goingOn).isEqualTo(3);
		}
	}

	@Test
	void aSuccessForgetsTheClearedSubjectsAndTakesItsAttemptBackFromTheOthers() {
		Subject pair = new Subject(this.key + ":pair", TWO_FREE);
		Subject account = new Subject(this.key + ":account", TWO_FREE);
		List<Subject> both = List.of(pair, account);
		limits.begin(both);
		limits.begin(both);

		limits.succeeded(both, 1);

		assertThat(redis.hasKey(pair.key())).isFalse();
		assertThat(redis.opsForHash().get(account.key(), "n")).isEqualTo("1");
	}

	@Test
	void aSuccessAfterTheKeyExpiredCreatesNothing() {
		limits.succeeded(List.of(new Subject(this.key, TWO_FREE)), 0);

		assertThat(redis.hasKey(this.key)).isFalse();
	}

	@Test
	void aFailureCountLeftWithoutExpiryGetsOneOnTheNextAttempt() {
		// What INCR followed by a lost EXPIRE used to leave behind.
		redis.opsForHash().put(this.key, "n", "7");

		limits.begin(List.of(new Subject(this.key,
				new FailureRule(100, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(15)))));

		assertThat(redis.getExpire(this.key)).isBetween(1L, 900L);
	}

	@Test
	void everyKeyTheScriptsWriteExpires() {
		String prefix = this.key + ":";
		Bucket bucket = new Bucket(3, Duration.ofSeconds(2));
		for (int i = 0; i < 5; i++) {
			limits.take(prefix + "bucket", bucket, 2);
			List<Subject> subjects = List.of(new Subject(prefix + "a", TWO_FREE), new Subject(prefix + "b", TWO_FREE));
			limits.begin(subjects);
			if (i % 2 == 0) {
				limits.succeeded(subjects, 0);
			}
		}

		assertThat(redis.keys(prefix + "*")).hasSize(3)
			.allSatisfy((written) -> assertThat(redis.getExpire(written)).isPositive());
	}

	@Test
	void theReactiveSideCountsInTheSameBucket() {
		ReactiveRedisLimits reactive = new ReactiveRedisLimits(new ReactiveStringRedisTemplate(connections));
		Bucket threePerHour = new Bucket(3, Duration.ofMinutes(20));
		limits.take(this.key, threePerHour, 2);

		assertThat(reactive.take(this.key, threePerHour, 5).block().granted()).isOne();
		assertThat(limits.take(this.key, threePerHour, 1).allowed()).isFalse();
	}

	@Test
	void addressesCountByIpv4AddressOrIpv6Network() throws Exception {
		assertThat(AddressKey.of(InetAddress.getByName("203.0.113.7"))).isEqualTo("203.0.113.7");
		assertThat(AddressKey.of(InetAddress.getByName("2001:db8:1:2:aaaa:bbbb:cccc:dddd")))
			.isEqualTo(AddressKey.of(InetAddress.getByName("2001:db8:1:2::1")))
			.isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(AddressKey.of(InetAddress.getByName("2001:db8:1:3::1"))).isEqualTo("2001:db8:1:3:0:0:0:0/64");
	}

}
