package lms.identity.registration;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivationSecretsTest {

	final ActivationSecrets secrets = new ActivationSecrets();

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
	void theHashOfACodeDependsOnItsTokenSoEqualCodesDoNotMatchAcrossRegistrations() {
		String hash = this.secrets.hashCode("token-a", "4821");

		assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("4821");
		assertThat(this.secrets.hashCode("token-a", "4821")).isEqualTo(hash);
		assertThat(this.secrets.hashCode("token-b", "4821")).isNotEqualTo(hash);
		assertThat(this.secrets.hashCode("token-a", "4822")).isNotEqualTo(hash);
	}

}
