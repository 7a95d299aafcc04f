package lms.localstack.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchOptionsTest {

	@Test
	void defaultsSuitTheFullRun() {
		BenchOptions options = BenchOptions.parse("--data=/tmp/x");
		assertThat(options.data()).isEqualTo(Path.of("/tmp/x"));
		assertThat(options.jvmOptions()).containsExactly("-XX:+UseSerialGC", "-Xms16m", "-Xmx512m",
				"-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");
		assertThat(options.edits()).isEqualTo(200);
		assertThat(options.registrations()).isEqualTo(200);
		assertThat(options.idle()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.extraInstances()).isTrue();
		assertThat(options.randomPorts()).isFalse();
		assertThat(options.only()).isEmpty();
		assertThat(options.serviceArguments()).isEmpty();
		assertThat(options.courses()).isZero();
		assertThat(options.readPausesMillis()).containsExactly(1);
		assertThat(options.settleJit()).isTrue();
	}

	@Test
	void everyOptionIsRead() {
		BenchOptions options = BenchOptions.parse("--data=d", "--jvm-options= -XX:+UseG1GC  -Xmx1g ", "--edits=3",
				"--registrations=4", "--warmups=1", "--idle-seconds=2", "--extra-instances=false",
				"--timeout-seconds=9", "--random-ports", "--only=mail", "--service-arguments=--a=1  --b=2",
				"--courses=7", "--read-pauses-ms=1, 10", "--settle-jit=false");
		assertThat(options.jvmOptions()).isEqualTo(List.of("-XX:+UseG1GC", "-Xmx1g"));
		assertThat(options.settleJit()).isFalse();
		assertThat(List.of(options.edits(), options.registrations(), options.warmups())).containsExactly(3, 4, 1);
		assertThat(options.idle()).isEqualTo(Duration.ofSeconds(2));
		assertThat(options.extraInstances()).isFalse();
		assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(9));
		assertThat(options.randomPorts()).isTrue();
		assertThat(options.only()).contains(BenchOptions.Part.MAIL);
		assertThat(BenchOptions.parse("--data=d", "--only=eviction").only()).contains(BenchOptions.Part.EVICTION);
		assertThat(options.serviceArguments()).containsExactly("--a=1", "--b=2");
		assertThat(options.courses()).isEqualTo(7);
		assertThat(options.readPausesMillis()).containsExactly(1, 10);
		assertThat(BenchOptions.parse("--data=d", "--random-ports=").randomPorts())
			.as("startup.sh without RANDOM_PORTS")
			.isFalse();
	}

	@Test
	void unknownOrMalformedArgumentsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--data=d", "--edit=3"))
			.withMessageContaining("--edits");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--data=d", "--edits=many"))
			.withMessageContaining("whole number");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--edits=3"))
			.withMessageContaining("--data");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--data=d", "--only=login"))
			.withMessageContaining("eviction or mail");
	}

}
