package lms.localstack.bench;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SamplesTest {

	@Test
	void percentilesAreNearestRank() {
		Samples samples = new Samples();
		for (int millis = 100; millis >= 1; millis--) {
			samples.add(Duration.ofMillis(millis));
		}
		assertThat(samples.percentile(50)).isEqualTo(Duration.ofMillis(50));
		assertThat(samples.percentile(99)).isEqualTo(Duration.ofMillis(99));
		assertThat(samples.percentile(100)).isEqualTo(Duration.ofMillis(100));
		assertThat(samples.percentile(0)).isEqualTo(Duration.ofMillis(1));
	}

	@Test
	void withFiftySamplesTheP99IsTheLargest() {
		Samples samples = new Samples();
		for (int millis = 1; millis <= 50; millis++) {
			samples.add(Duration.ofMillis(millis));
		}
		assertThat(samples.percentile(99)).isEqualTo(Duration.ofMillis(50));
		assertThat(samples.cells()).isEqualTo("25.0 ms | 50.0 ms | 50.0 ms");
	}

	@Test
	void missesAreCountedApartFromSamples() {
		Samples samples = new Samples();
		samples.miss();
		assertThat(samples.count()).isZero();
		assertThat(samples.misses()).isOne();
		assertThat(samples.cells()).isEqualTo("– | – | –");
		assertThatIllegalStateException().isThrownBy(() -> samples.percentile(50));
	}

	@Test
	void durationsReadAsMillisecondsOrSeconds() {
		assertThat(Samples.format(Duration.ofNanos(840_000))).isEqualTo("0.84 ms");
		assertThat(Samples.format(Duration.ofMillis(123))).isEqualTo("123.0 ms");
		assertThat(Samples.format(Duration.ofMillis(1234))).isEqualTo("1.23 s");
	}

}
