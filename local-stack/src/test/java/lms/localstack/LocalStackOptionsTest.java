package lms.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalStackOptionsTest {

	@Test
	void theGatewayKeepsItsYoungGenerationAfterTheSharedOptionsWhateverTheyAre() {
		LocalStackOptions options = LocalStack.builder().jvmOptions(List.of("-XX:+UseSerialGC", "-Xms16m")).options();

		// the last -Xms on a command line wins
		assertThat(options.jvmOptionsFor(LmsService.GATEWAY)).containsExactly("-XX:+UseSerialGC", "-Xms16m", "-Xms80m",
				"-Xmn64m");
		assertThat(options.jvmOptionsFor(LmsService.COURSE)).containsExactly("-XX:+UseSerialGC", "-Xms16m");
	}

	@Test
	void theGatewaysHeapOptionsAreItsContainersAndTheBenchmarks() throws IOException {
		String heap = String.join(" ", LmsService.GATEWAY.heapOptions());
		Path repository = Path.of("..");

		assertThat(Files.readString(repository.resolve("docker-compose.yml")))
			.containsOnlyOnce("JDK_JAVA_OPTIONS: -XX:+UseSerialGC " + heap + " ");
		assertThat(Files.readString(repository.resolve("bench/lib/service-jvm-options.sh")))
			.contains("GATEWAY_HEAP_OPTIONS=\"" + heap + "\"");
	}

	@Test
	void optionsGivenForOneServiceReplaceEverythingElse() {
		LocalStackOptions options = LocalStack.builder().jvmOptions(LmsService.GATEWAY, "-Xmx64m").options();

		assertThat(options.jvmOptionsFor(LmsService.GATEWAY)).containsExactly("-Xmx64m");
	}

}
