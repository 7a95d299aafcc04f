package lms.identity.password;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

	private static final PasswordProperties OWASP = new PasswordProperties(19456, 2, 6, 128, true);

	private final PasswordHasher hasher = new PasswordHasher(OWASP);

	/** How every hash stored before the native library was made. */
	private final Argon2PasswordEncoder bouncyCastle = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);

	@Test
	void theNativeLibraryLoadsOnThisPlatform() {
		assertThat(this.hasher.isNative()).isTrue();
	}

	@Test
	void aHashStoredByBouncyCastleStillVerifies() {
		String stored = this.bouncyCastle.encode("correct horse");

		assertThat(this.hasher.matches("correct horse", stored)).isTrue();
		assertThat(this.hasher.matches("correct horsE", stored)).isFalse();
	}

	@Test
	void aNativeHashIsTheSamePhcStringBouncyCastleVerifies() {
		String hash = this.hasher.hash("correct horse");

		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(this.bouncyCastle.matches("correct horse", hash)).isTrue();
		assertThat(this.bouncyCastle.matches("wrong", hash)).isFalse();
		assertThat(this.hasher.matches("correct horse", hash)).isTrue();
	}

	@Test
	void theStoredParametersDecideAVerificationNotTheCurrentOnes() {
		String older = new Argon2PasswordEncoder(16, 32, 1, 4096, 3).encode("pässwörd ✓");

		assertThat(this.hasher.matches("pässwörd ✓", older)).isTrue();
		assertThat(this.bouncyCastle.matches("pässwörd ✓", this.hasher.hash("pässwörd ✓"))).isTrue();
	}

	@Test
	void aMalformedOrMissingHashNeverMatches() {
		assertThat(this.hasher.matches("x", "$argon2id$v=19$m=19456,t=2,p=1$not-base64$%%%")).isFalse();
		assertThat(this.hasher.matches("x", "plain")).isFalse();
		assertThat(this.hasher.matches("x", null)).isFalse();
	}

	@Test
	void withoutTheNativeLibraryBouncyCastleHashesTheSameWay() {
		PasswordHasher portable = new PasswordHasher(new PasswordProperties(19456, 2, 6, 128, false));

		assertThat(portable.isNative()).isFalse();
		assertThat(this.hasher.matches("secret1", portable.hash("secret1"))).isTrue();
	}

}
