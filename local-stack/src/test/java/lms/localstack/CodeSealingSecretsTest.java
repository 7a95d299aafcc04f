package lms.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CodeSealingSecretsTest {

	@TempDir
	Path data;

	@Test
	void everyRunGetsANewKeyReadableOnlyByItsOwnerAndKeepsTheLastOneAsPrevious() throws IOException {
		Path directory = CodeSealingSecrets.rotate(this.data);
		String first = Files.readString(directory.resolve(CodeSealingSecrets.CURRENT));
		assertThat(Base64.getDecoder().decode(first)).hasSize(32);
		assertThat(directory.resolve(CodeSealingSecrets.PREVIOUS)).doesNotExist();
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(directory.resolve(CodeSealingSecrets.CURRENT))))
			.isEqualTo("rw-------");

		CodeSealingSecrets.rotate(this.data);

		assertThat(Files.readString(directory.resolve(CodeSealingSecrets.PREVIOUS))).isEqualTo(first);
		assertThat(Files.readString(directory.resolve(CodeSealingSecrets.CURRENT))).isNotEqualTo(first);
	}

}
