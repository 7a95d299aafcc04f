package lms.kit.codes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeDigestTest {

	static final SealingKey OLD = newKey();

	static final SealingKey NEW = newKey();

	@Test
	void aStoredDigestMatchesOnlyItsCodeAndSalt() {
		CodeDigest digests = new CodeDigest(NEW, List.of());
		String stored = digests.digest("token-a", "482193");

		assertThat(stored).matches("[0-9a-f]{64}");
		assertThat(digests.matches("token-a", "482193", stored)).isTrue();
		assertThat(digests.matches("token-a", "482194", stored)).isFalse();
		assertThat(digests.matches("token-b", "482193", stored)).isFalse();
		assertThat(digests.matches("token-a", "482193", null)).isFalse();
	}

	@Test
	void withoutTheKeyTheDigestCannotBeRecomputedFromTheSaltAndTheCode() throws Exception {
		String stored = new CodeDigest(NEW, List.of()).digest("token-a", "4821");

		assertThat(stored).isNotEqualTo(sha256("token-a" + "4821")).isNotEqualTo(sha256("token-a\u00004821"));
		assertThat(new CodeDigest(OLD, List.of()).digest("token-a", "4821")).isNotEqualTo(stored);
	}

	@Test
	void afterARotationCodesStoredUnderThePreviousKeyStillMatch() {
		String beforeRotation = new CodeDigest(OLD, List.of()).digest("reset:u-1", "904512");
		CodeDigest rotated = new CodeDigest(NEW, List.of(OLD));

		assertThat(rotated.matches("reset:u-1", "904512", beforeRotation)).isTrue();
		assertThat(rotated.digest("reset:u-1", "904512")).isNotEqualTo(beforeRotation);
		assertThat(new CodeDigest(NEW, List.of()).matches("reset:u-1", "904512", beforeRotation)).isFalse();
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static SealingKey newKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return SealingKey.parse("key", Base64.getEncoder().encodeToString(bytes));
	}

}
