package lms.identity.registration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lms.kit.codes.CodeDigest;
import lms.kit.codes.SealingKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivationSecretsTest {

	final ActivationSecrets secrets = new ActivationSecrets(
			new CodeDigest(SealingKey.parse("key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="), List.of()));

	@Test
	void codesAreDigitsOfTheAskedLength() {
		assertThat(this.secrets.newCode(4)).matches("[0-9]{4}");
		assertThat(this.secrets.newCode(6)).matches("[0-9]{6}");
	}

	@Test
	void tokensAre256RandomBitsUrlSafe() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			tokens.add(this.secrets.newToken());
		}
		assertThat(tokens).hasSize(100).allSatisfy((token) -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
	}

	@Test
	void theStoredDigestOfACodeDependsOnItsSaltSoEqualCodesDoNotMatchAcrossRegistrations() {
		String digest = this.secrets.digest("token-a", "4821");

		assertThat(digest).matches("[0-9a-f]{64}").doesNotContain("4821");
		assertThat(this.secrets.matches("token-a", "4821", digest)).isTrue();
		assertThat(this.secrets.matches("token-b", "4821", digest)).isFalse();
		assertThat(this.secrets.matches("token-a", "4822", digest)).isFalse();
	}

}
