package lms.kit.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TieredAnswerCacheTest {

	private final AtomicLong nanos = new AtomicLong();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final TieredAnswerCache<String> cache = new TieredAnswerCache<>("test",
			new TieredAnswerCache.Bounds(10, 5, Duration.ofSeconds(30)), this.nanos::get, Runnable::run, this.meters);

	@Test
	void searchesBeyondTheirBoundNeverPushOutCommonAnswers() {
		for (int i = 0; i < 10; i++) {
			this.cache.putIfCurrent("common " + i, false, "answer " + i, this.cache.generation());
		}
		for (int i = 0; i < 1_000; i++) {
			this.cache.putIfCurrent("search " + i, true, "junk", this.cache.generation());
		}

		for (int i = 0; i < 10; i++) {
			assertThat(this.cache.get("common " + i, false)).isEqualTo("answer " + i);
		}
		assertThat(this.cache.size(true)).isLessThanOrEqualTo(5);
		assertThat(this.meters.get("cache.size").tag("cache", "test.searches").gauge().value()).isLessThanOrEqualTo(5);
		assertThat(this.meters.get("cache.gets").tag("cache", "test").tag("result", "hit").functionCounter().count())
			.isEqualTo(10);
	}

	@Test
	void anAnswerReadBeforeAClearIsNeverServedAfterIt() {
		long readAt = this.cache.generation();
		this.cache.putIfCurrent("kept", false, "before", readAt);
		this.cache.clear();

		this.cache.putIfCurrent("late", false, "computed before the clear", readAt);

		assertThat(this.cache.get("kept", false)).isNull();
		assertThat(this.cache.get("late", false)).isNull();
	}

	@Test
	void answersAgeOut() {
		this.cache.putIfCurrent("aging", false, "answer", this.cache.generation());
		this.nanos.addAndGet(Duration.ofSeconds(31).toNanos());

		assertThat(this.cache.get("aging", false)).isNull();
	}

}
