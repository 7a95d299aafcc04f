package lms.localstack;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAdminFileTest {

	@TempDir
	Path data;

	@Test
	void passwordIsGeneratedOnceAndKept() {
		DemoAdmin first = DemoAdminFile.loadOrCreate(this.data.resolve("demo-admin.txt"));
		DemoAdmin second = DemoAdminFile.loadOrCreate(this.data.resolve("demo-admin.txt"));

		assertThat(first.email()).isEqualTo("admin@lms.local");
		assertThat(first.password()).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
		assertThat(second).isEqualTo(first);
	}

}
