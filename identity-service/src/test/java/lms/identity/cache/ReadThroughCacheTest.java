package lms.identity.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadThroughCacheTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final AtomicInteger reads = new AtomicInteger();

	private final ReadThroughCache<String> cache = new ReadThroughCache<>("test", Duration.ofMinutes(1), 100,
			this.meters);

	@Test
	void anAnswerIsReadOnceThenServedFromMemory() {
		assertThat(this.cache.get("a", counted("A"))).isEqualTo("A");
		assertThat(this.cache.get("a", counted("other"))).isEqualTo("A");
		assertThat(this.reads).hasValue(1);
		assertThat(this.meters.get("cache.gets").tag("cache", "test").tag("result", "hit").functionCounter().count())
			.isEqualTo(1);
	}

	@Test
	void aForgottenAnswerIsReadAgain() {
		this.cache.get("a", counted("A"));
		this.cache.forget("a");
		assertThat(this.cache.get("a", counted("B"))).isEqualTo("B");
		this.cache.forgetAll(java.util.List.of("a"));
		assertThat(this.cache.get("a", counted("C"))).isEqualTo("C");
		assertThat(this.reads).hasValue(3);
	}

	@Test
	void anAbsentAnswerIsNeverKept() {
		assertThat(this.cache.get("a", counted(null))).isNull();
		assertThat(this.cache.get("a", counted("A"))).isEqualTo("A");
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aReadOverlappingAForgetIsAnsweredButNotKept() throws Exception {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch forgotten = new CountDownLatch(1);
		CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> this.cache.get("a", (key) -> {
			reading.countDown();
			await(forgotten);
			return "before the change";
		}));
		assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
		this.cache.forget("a");
		forgotten.countDown();

		assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("before the change");
		assertThat(this.cache.get("a", counted("after the change"))).isEqualTo("after the change");
	}

	@Test
	void aZeroTimeToLiveReadsEveryTime() {
		ReadThroughCache<String> uncached = new ReadThroughCache<>("off", Duration.ZERO, 100, this.meters);
		uncached.get("a", counted("A"));
		uncached.get("a", counted("A"));
		assertThat(this.reads).hasValue(2);
	}

	private Function<String, String> counted(String answer) {
		return (key) -> {
			this.reads.incrementAndGet();
			return answer;
		};
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
