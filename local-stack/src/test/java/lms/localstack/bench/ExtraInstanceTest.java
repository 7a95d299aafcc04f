package lms.localstack.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExtraInstanceTest {

	private final List<String> original = List.of("/jdk/bin/java", "-Xmx512m",
			"-XX:AOTCache=/data/cds/gateway-jdk25.0.3-1a2b3c.aot", "-Xlog:aot*=off", "-jar",
			"/repo/gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar", "--server.port=8080",
			"--management.server.port=9080", "--lms.services.course.url=http://127.0.0.1:8082");

	@Test
	void theCopyGetsItsOwnPortsAndTheChangedSettingsAndSharesTheClassArchive() {
		assertThat(ExtraInstance.command(this.original, 8180, 9180,
				Map.of("lms.services.course.url", "http://127.0.0.1:8182", "lms.extra", "on")))
			.containsExactly("/jdk/bin/java", "-Xmx512m", "-XX:AOTCache=/data/cds/gateway-jdk25.0.3-1a2b3c.aot",
					"-Xlog:aot*=off", "-jar", "/repo/gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar",
					"--server.port=8180", "--management.server.port=9180",
					"--lms.services.course.url=http://127.0.0.1:8182", "--lms.extra=on");
	}

	@Test
	void serviceJvmsAreRecognisedByExecJarAndPort() {
		ServiceJvm gateway = new ServiceJvm(1, this.original);
		assertThat(gateway.runs("gateway", 8080)).isTrue();
		assertThat(gateway.runs("gateway", 8180)).isFalse();
		assertThat(gateway.runs("course-service", 8080)).isFalse();
	}

	@Test
	void theResidentSetSizeIsReadFromProc() {
		ServiceJvm self = new ServiceJvm(ProcessHandle.current().pid(), List.of());
		assertThat(self.rssKib()).isGreaterThan(1024);
		assertThat(self.workingDirectory()).isDirectory();
	}

}
