package lms.localstack;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChildProcessTest {

	@Test
	void theLoggedCommandHidesPasswordsAndSecrets() {
		String logged = ChildProcess.redacted(List.of("java", "-jar", "x.jar", "--server.port=1",
				"--lms.identity.demo-admin.password=hunter2", "--lms.media.cloudinary.api-secret=s3"));

		assertThat(logged).contains("--server.port=1")
			.contains("--lms.identity.demo-admin.password=****")
			.doesNotContain("hunter2")
			.doesNotContain("s3");
	}

}
