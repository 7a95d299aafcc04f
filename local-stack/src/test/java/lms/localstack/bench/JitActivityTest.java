package lms.localstack.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class JitActivityTest {

	@Test
	void sumsTheCompilationTimeOfEveryCompilerLine() {
		String prometheus = """
				# HELP jvm_compilation_time_ms_total The approximate accumulated elapsed time spent in compilation
				# TYPE jvm_compilation_time_ms_total counter
				jvm_compilation_time_ms_total{application="course-service",compiler="HotSpot 64-Bit Tiered Compilers"} 12345.0
				jvm_compilation_time_ms_total{compiler="other"} 5
				jvm_classes_loaded_classes 17000.0
				""";

		assertThat(JitActivity.parse(prometheus)).isEqualTo(12350);
	}

	@Test
	void refusesAnOutputWithoutTheMetric() {
		assertThatIllegalStateException().isThrownBy(() -> JitActivity.parse("jvm_classes_loaded_classes 1.0\n"));
	}

}
