package lms.localstack.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import lms.localstack.FakeServiceJar;
import lms.localstack.LmsService;
import lms.localstack.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An extra instance is launched from a running service JVM (here a fake gateway): it gets
 * ports of its own, the original's environment (where the stack put its service-client
 * secret) and is found ready on its management port.
 */
class ExtraInstanceLaunchTest {

	private static final String SECRET = "LMS_SECURITY_SERVICECLIENT_SECRET";

	@TempDir
	Path project;

	@TempDir
	Path work;

	@Test
	void theCopyStartsWithTheOriginalsEnvironmentAndIsReadyOnItsOwnManagementPort() throws Exception {
		assertThat(System.getenv(SECRET)).as("this JVM has no secret the copy could inherit").isNull();
		Path jar = FakeServiceJar.write(this.project, LmsService.GATEWAY);
		Ports ports = Ports.randomFree();
		int port = ports.service(LmsService.GATEWAY);
		ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xmx32m",
				"-jar", jar.toString(), "--server.port=" + port,
				"--management.server.port=" + ports.management(LmsService.GATEWAY))
			.directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("original.log").toFile());
		builder.environment().put(SECRET, "the-gateways-secret");
		Process original = builder.start();
		Path log = this.work.resolve("logs/gateway-2.log");
		try {
			ServiceJvm jvm = ServiceJvm.find(LmsService.GATEWAY.moduleName(), port);
			int managementPort = ports.management(LmsService.COURSE);
			try (ExtraInstance extra = ExtraInstance.launch(jvm, "gateway #2", ports.service(LmsService.COURSE),
					managementPort, Map.of("lms.extra", "on"), log)) {
				assertThat(new Readiness().await(List.of(extra.launched()), Duration.ofSeconds(60)))
					.containsKey("gateway #2");
				assertThat(extra.managementUrl()).isEqualTo("http://127.0.0.1:" + managementPort);
			}
		}
		finally {
			original.destroyForcibly().waitFor();
		}
		assertThat(Files.readString(log)).contains("--server.port=" + ports.service(LmsService.COURSE),
				"--management.server.port=" + ports.management(LmsService.COURSE), "--lms.extra=on",
				"service-client secret present");
	}

}
