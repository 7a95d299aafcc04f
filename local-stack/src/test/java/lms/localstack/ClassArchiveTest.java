package lms.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Class archives come from a training run of their own (the context refreshed once),
 * never from the running service; a failed training leaves nothing half-written.
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
	void aCacheForOtherJvmOptionsHasAFileOfItsOwn() {
		Path cds = this.data.resolve("cds");
		assertThat(new ClassArchive(cds, LmsService.MEDIA, List.of("-Xmx256m"), true).file())
			.isNotEqualTo(new ClassArchive(cds, LmsService.MEDIA, List.of("-Xmx512m"), true).file());
	}

	private ServiceProcess media(List<String> arguments) throws IOException {
		Path jar = FakeServiceJar.write(this.data.resolve("project"), LmsService.MEDIA);
		return new ServiceProcess(LmsService.MEDIA, 1, 2, jar, JVM_OPTIONS, arguments, Map.of(), this.data,
				this.data.resolve("logs/media-service.log"), true);
	}

	private Path archive() {
		return new ClassArchive(this.data.resolve("cds"), LmsService.MEDIA, JVM_OPTIONS, true).file();
	}

}
