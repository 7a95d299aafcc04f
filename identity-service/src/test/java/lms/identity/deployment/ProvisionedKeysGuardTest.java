package lms.identity.deployment;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisionedKeysGuardTest {

	private static final String KEY = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"…\",\"y\":\"…\",\"d\":\"…\"}";

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ProvisionedKeysGuard.class);

	@Test
	void productionWithoutAProvisionedKeyRefusesToStartAndSaysWhatToGive() {
		this.context.withPropertyValues("lms.identity.keys.require-provisioned=true")
			.run((started) -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("lms.identity.keys.current"));
	}

	@Test
	void productionWithAProvisionedKeyStarts() {
		this.context
			.withPropertyValues("lms.identity.keys.require-provisioned=true", "lms.identity.keys.current=" + KEY)
			.run((started) -> assertThat(started).hasNotFailed());
	}

	@Test
	void developmentMayGenerateItsKeys() {
		this.context.run((started) -> assertThat(started).hasNotFailed());
	}

}
