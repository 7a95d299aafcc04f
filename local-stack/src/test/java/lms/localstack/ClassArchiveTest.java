package lms.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import lms.testkit.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Class archives come from a training run of their own (the context refreshed once),
 * never from the running service; a failed training leaves nothing half-written; an
 * archive the JVM declined is trained again.
 */
class ClassArchiveTest {

	private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

	@TempDir
	Path data;

	@Test
	void aTrainingRunThatExitsCleanlyLeavesTheArchiveTheNextStartMaps() throws IOException {
		ServiceProcess media = media(List.of());

		media.archiveClasses();

		assertThat(media.hasClassArchive()).isTrue();
		assertThat(Files.size(archive())).isPositive();
		assertThat(new ClassArchive(this.data.resolve("cds"), LmsService.MEDIA, JVM_OPTIONS, true).jvmOptions())
			.contains("-XX:AOTCache=" + archive());
		assertThat(Files.readString(this.data.resolve("logs/media-service-class-archive.log")))
			.contains("-Dspring.context.exit=onRefresh")
			.contains("--lms.kafka.declare-topics=false");
	}

	@Test
	void aNewArchiveReplacesTheServicesArchivesForOtherOptionsAndTheFormerCdsOnes() throws IOException {
		Path cds = Files.createDirectories(this.data.resolve("cds"));
		Path otherOptions = Files.writeString(cds.resolve("media-service-jdk25.0.3-0ld.aot"), "old");
		Path formerCds = Files.writeString(cds.resolve("media-service-jdk25.0.3.jsa"), "old");
		Path otherService = Files.writeString(cds.resolve("course-service-jdk25.0.3.jsa"), "kept");

		media(List.of()).archiveClasses();

		assertThat(archive()).isRegularFile();
		assertThat(otherOptions).doesNotExist();
		assertThat(formerCds).doesNotExist();
		assertThat(otherService).as("another service's archive").exists();
	}

	@Test
	void aFailedTrainingRunLeavesNoArchiveAndNoPartialFile() throws IOException {
		ServiceProcess media = media(List.of("--fail-on-refresh"));

		media.archiveClasses();

		assertThat(media.hasClassArchive()).isFalse();
		try (var files = Files.list(this.data.resolve("cds"))) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void anArchiveTheStartedJvmDidNotMapIsTrainedAgain() throws IOException {
		Files.createDirectories(archive().getParent());
		Files.writeString(archive(), "not a cache");
		ServiceProcess media = runningMedia();
		try {
			media.archiveClasses();
		}
		finally {
			media.stop();
		}

		assertThat(Files.readString(trainingLog())).contains("-Dspring.context.exit=onRefresh");
		assertThat(Files.size(archive())).isGreaterThan("not a cache".length());
	}

	@Test
	void anArchiveTheRunningJvmMapsIsKept() throws IOException {
		media(List.of()).archiveClasses();
		Files.delete(trainingLog());
		long written = Files.getLastModifiedTime(archive()).toMillis();
		ServiceProcess media = runningMedia();
		try {
			assertThat(ClassArchive.notMapped(media.pid().orElseThrow(), archive())).isFalse();
			media.archiveClasses();
		}
		finally {
			media.stop();
		}

		assertThat(trainingLog()).as("no second training").doesNotExist();
		assertThat(Files.getLastModifiedTime(archive()).toMillis()).isEqualTo(written);
	}

	@Test
	void aFileIsMappedWhenTheProcessMapsIt(@TempDir Path other) throws IOException {
		long self = ProcessHandle.current().pid();
		Path modules = Path.of(System.getProperty("java.home"), "lib", "modules");

		assertThat(ClassArchive.notMapped(self, modules)).as("the JDK's modules image").isFalse();
		assertThat(ClassArchive.notMapped(self, Files.writeString(other.resolve("plain.txt"), "x"))).isTrue();
		assertThat(ClassArchive.notMapped(Long.MAX_VALUE, modules)).as("no such process: nothing known").isFalse();
	}

	@Test
	void aCacheForOtherJvmOptionsHasAFileOfItsOwn() {
		Path cds = this.data.resolve("cds");
		assertThat(new ClassArchive(cds, LmsService.MEDIA, List.of("-Xmx256m"), true).file())
			.isNotEqualTo(new ClassArchive(cds, LmsService.MEDIA, List.of("-Xmx512m"), true).file());
	}

	private ServiceProcess media(List<String> arguments) throws IOException {
		return media(1, 2, arguments);
	}

	private ServiceProcess media(int port, int managementPort, List<String> arguments) throws IOException {
		Path jar = FakeServiceJar.write(this.data.resolve("project"), LmsService.MEDIA);
		return new ServiceProcess(LmsService.MEDIA, port, managementPort, jar, JVM_OPTIONS, arguments, Map.of(),
				this.data, this.data.resolve("logs/media-service.log"), true);
	}

	/** The fake media-service started with the archive there is, and answering ready. */
	private ServiceProcess runningMedia() throws IOException {
		int management = FreePorts.pickBelowEphemeral();
		ServiceProcess media = media(FreePorts.pickBelowEphemeral(), management,
				List.of("--management.server.port=" + management));
		media.start();
		new HealthWaiter().awaitReady(List.of(media), Duration.ofSeconds(30));
		return media;
	}

	private Path trainingLog() {
		return this.data.resolve("logs/media-service-class-archive.log");
	}

	private Path archive() {
		return new ClassArchive(this.data.resolve("cds"), LmsService.MEDIA, JVM_OPTIONS, true).file();
	}

}
