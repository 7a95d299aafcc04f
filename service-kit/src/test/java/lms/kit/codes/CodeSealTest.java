package lms.kit.codes;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CodeSealTest {

	static final String OLD = newKey();

	static final String NEW = newKey();

	@Test
	void aSealedCodeOpensWithTheSameKeyAndShowsNothingOfTheCode() {
		CodeSeal seal = seal(NEW);
		String sealed = seal.seal("482193");
		assertThat(sealed).doesNotContain("482193")
			.matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		assertThat(seal.open(sealed)).isEqualTo("482193");
		assertThat(seal.seal("482193")).as("a fresh nonce every time").isNotEqualTo(sealed);
	}

	@Test
	void afterARotationCodesSealedWithThePreviousKeyStillOpen() {
		String beforeRotation = seal(OLD).seal("7315");
		CodeSeal rotated = seal(NEW, OLD);
		assertThat(rotated.open(beforeRotation)).isEqualTo("7315");
		assertThat(rotated.open(rotated.seal("9024"))).isEqualTo("9024");
		assertThat(rotated.acceptedKeyIds()).containsExactly(key(NEW).id(), key(OLD).id());
	}

	@Test
	void aCodeSealedBeforeTheMoveToNimbusStillOpens() {
		String sealedByJjwt = "eyJraWQiOiJOWk9YVTV6R2RvZjZkNXdUIiwiYWxnIjoiZGlyIiwiZW5jIjoiQTI1NkdDTSJ9"
				+ "..gsFwRuCAmCQDeg_i.yYd8H7Gb.tYx4MUNRpkCjwqCLKW6PZA";
		CodeSeal seal = seal("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
		assertThat(seal.open(sealedByJjwt)).as("dead letters sealed by the earlier library replay").isEqualTo("482193");
	}

	@Test
	void aCodeSealedWithAKeyNoLongerAcceptedIsRefusedWithoutShowingIt() {
		String sealed = seal(OLD).seal("7315");
		assertThatExceptionOfType(UnsealableCodeException.class).isThrownBy(() -> seal(NEW).open(sealed))
			.withMessageContaining(key(OLD).id())
			.withMessageNotContaining("7315")
			.withMessageNotContaining(sealed);
	}

	@Test
	void anAlteredOrMalformedValueIsRefused() {
		CodeSeal seal = seal(NEW);
		String sealed = seal.seal("7315");
		String[] parts = sealed.split("\\.");
		parts[3] = (parts[3].charAt(0) == 'A' ? "B" : "A") + parts[3].substring(1);
		String altered = String.join(".", parts);
		assertThatExceptionOfType(UnsealableCodeException.class).isThrownBy(() -> seal.open(altered))
			.withMessageNotContaining(altered);
		assertThatExceptionOfType(UnsealableCodeException.class).isThrownBy(() -> seal.open("7315"))
			.withMessageNotContaining("7315");
		assertThatExceptionOfType(UnsealableCodeException.class).isThrownBy(() -> seal.open(null));
	}

	@Test
	void keysMustBe32BytesAndErrorsNameThePropertyNotTheValue() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SealingKey.parse("lms.code-sealing.current-key", shortKey))
			.withMessageStartingWith("lms.code-sealing.current-key must be 32 bytes")
			.withMessageNotContaining(shortKey);
		assertThatIllegalArgumentException().isThrownBy(() -> SealingKey.parse("p", "not base64!"))
			.withMessage("p is not Base64");
		String urlAlphabet = Base64.getUrlEncoder().encodeToString(Base64.getDecoder().decode(NEW));
		assertThat(SealingKey.parse("p", urlAlphabet + "\n").id()).isEqualTo(key(NEW).id());
		assertThat(key(NEW).toString()).doesNotContain(NEW);
	}

	@Test
	void aServiceThatNeverUsesASealStartsWithoutAKeyAndOneThatDoesIsRefusedNamingIt() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodeSealingAutoConfiguration.class));
		runner.run((context) -> assertThat(context).hasNotFailed());
		runner.withBean(SealUser.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("lms.code-sealing.current-key is not set"));
		runner.withPropertyValues("lms.code-sealing.current-key=" + NEW, "lms.code-sealing.previous-key=" + OLD)
			.run((context) -> {
				assertThat(context.getBean(CodeSeal.class).open(seal(OLD).seal("55"))).isEqualTo("55");
				assertThat(context.getBean(CodeSealingProperties.class).toString()).doesNotContain(NEW, OLD);
			});
	}

	record SealUser(CodeSeal seal) {
	}

	static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static SealingKey key(String base64) {
		return SealingKey.parse("test", base64);
	}

	private static CodeSeal seal(String current, String... previous) {
		return new CodeSeal(key(current), List.of(previous).stream().map(CodeSealTest::key).toList());
	}

}
