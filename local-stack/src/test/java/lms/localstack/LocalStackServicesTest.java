package lms.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service part needs the real exec jars (system tests use them); here only what
 * happens without them.
 */
class LocalStackServicesTest {

	@TempDir
	Path data;

	@TempDir
	Path emptyProject;

	@Test
	void missingExecJarFailsBeforeAnythingStartsAndSaysHowToBuild() {
		LocalStackBuilder builder = LocalStack.builder()
			.dataDirectory(this.data)
			.randomPorts()
			.services("gateway", "identity-service")
			.projectRoot(this.emptyProject);

		assertThatThrownBy(builder::start).isInstanceOf(LocalStackException.class)
			.hasMessageContaining("gateway-<version>-exec.jar")
			.hasMessageContaining("identity-service-<version>-exec.jar")
			.hasMessageContaining("./mvnw -B -DskipTests install");
		assertThat(this.data.resolve("kafka")).doesNotExist();
	}

	@Test
	void serviceThatDiesWhileStartingFailsWithTheEndOfItsLog() throws Exception {
		Path jar = Files.writeString(this.emptyProject.resolve("broken-exec.jar"), "not a jar");
		Ports ports = Ports.randomFree();
		ServiceProcess broken = new ServiceProcess(LmsService.MEDIA, ports.service(LmsService.MEDIA),
				ports.management(LmsService.MEDIA), jar, List.of(), List.of(), java.util.Map.of(), this.data,
				this.data.resolve("logs/media-service.log"));
		broken.start();

		assertThatThrownBy(() -> new HealthWaiter().awaitReady(List.of(broken), Duration.ofSeconds(30)))
			.isInstanceOf(LocalStackException.class)
			.hasMessageContaining("media-service exited with code 1 before it was ready")
			.hasMessageContaining("Invalid or corrupt jarfile");
	}

	@Test
	void newestExecJarOfTheModuleIsUsed() throws Exception {
		Path target = Files.createDirectories(this.emptyProject.resolve("course-service/target"));
		Files.createFile(target.resolve("course-service-0.1.0-SNAPSHOT.jar"));
		Path exec = Files.createFile(target.resolve("course-service-0.1.0-SNAPSHOT-exec.jar"));

		assertThat(new ServiceJars(this.emptyProject).find(LmsService.COURSE)).contains(exec);
	}

}
