package lms.course.catalog;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class SingleFlightTest {

	final SingleFlight<String> loads = new SingleFlight<>();

	final AtomicInteger calls = new AtomicInteger();

	final CountDownLatch release = new CountDownLatch(1);

	@Test
	void readersMissingOneKeyAtOnceShareOneLoad() throws Exception {
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<SingleFlight.Shared<String>>> answers = IntStream.range(0, 50)
				.mapToObj((i) -> readers.submit(() -> this.loads.load("all", this::slowLoad)))
				.toList();
			await().atMost(Duration.ofSeconds(30)).until(() -> this.loads.joiners("all") == 49);
			this.release.countDown();

			List<SingleFlight.Shared<String>> shared = answers.stream().map(SingleFlightTest::get).toList();
			assertThat(shared).extracting(SingleFlight.Shared::value).containsOnly("catalog 1");
			assertThat(shared).filteredOn((answer) -> !answer.joined()).hasSize(1);
		}
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void aFailedLoadReachesEveryWaitingReaderAndTheNextMissLoadsAgain() throws Exception {
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<SingleFlight.Shared<String>>> answers = IntStream.range(0, 10)
				.mapToObj((i) -> readers.submit(() -> this.loads.load("all", () -> {
					slowLoad();
					throw new IllegalStateException("MongoDB is down");
				})))
				.toList();
			await().atMost(Duration.ofSeconds(30)).until(() -> this.loads.joiners("all") == 9);
			this.release.countDown();

			for (Future<SingleFlight.Shared<String>> answer : answers) {
				assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
					.isThrownBy(() -> answer.get(5, TimeUnit.SECONDS))
					.havingCause()
					.isInstanceOf(IllegalStateException.class)
					.withMessage("MongoDB is down");
			}
		}
		assertThat(this.loads.load("all", () -> "catalog again").value()).isEqualTo("catalog again");
	}

	@Test
	void aReaderAfterAnEvictionLoadsAgainInsteadOfTakingTheLoadBegunBeforeIt() throws Exception {
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<SingleFlight.Shared<String>> beforeTheWrite = readers
				.submit(() -> this.loads.load("course:1", 7, () -> slowLoad() + " before the write"));
			await().atMost(Duration.ofSeconds(30)).until(() -> this.calls.get() == 1);

			SingleFlight.Shared<String> afterTheWrite = this.loads.load("course:1", 8, () -> "after the write");
			this.release.countDown();

			assertThat(afterTheWrite.value()).isEqualTo("after the write");
			assertThat(afterTheWrite.joined()).isFalse();
			assertThat(get(beforeTheWrite).value()).isEqualTo("catalog 1 before the write");
		}
	}

	@Test
	void readersOfOneGenerationStillShareOneLoad() throws Exception {
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<SingleFlight.Shared<String>> first = readers.submit(() -> this.loads.load("all", 7, this::slowLoad));
			await().atMost(Duration.ofSeconds(30)).until(() -> this.calls.get() == 1);
			Future<SingleFlight.Shared<String>> second = readers
				.submit(() -> this.loads.load("all", 7, this::slowLoad));
			await().atMost(Duration.ofSeconds(30)).until(() -> this.loads.joiners("all@7") == 1);
			this.release.countDown();

			assertThat(get(second).value()).isEqualTo(get(first).value());
			assertThat(get(second).joined()).isTrue();
		}
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void differentKeysLoadIndependently() {
		assertThat(this.loads.load("course:1", () -> "one").value()).isEqualTo("one");
		assertThat(this.loads.load("course:2", () -> "two").value()).isEqualTo("two");
	}

	private String slowLoad() {
		int call = this.calls.incrementAndGet();
		try {
			this.release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "catalog " + call;
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get(5, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
