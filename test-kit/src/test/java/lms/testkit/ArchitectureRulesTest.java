package lms.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitectureRulesTest {

	@Test
	void acceptsAPackageWithoutCycles() {
		assertThatNoException().isThrownBy(() -> ArchitectureRules.assertFeaturePackagesFreeOfCycles("lms.testkit"));
	}

	@Test
	void reportsCyclesBetweenFeaturePackages() {
		// GreenMail's feature packages (imap, store, user, ...) depend on each other in
		// cycles
		assertThatThrownBy(() -> ArchitectureRules.assertFeaturePackagesFreeOfCycles("com.icegreen.greenmail"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected");
	}

	@Test
	void refusesAPackageWithoutClasses() {
		assertThatThrownBy(() -> ArchitectureRules.assertFeaturePackagesFreeOfCycles("lms.nothing.here"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("lms.nothing.here");
	}

}
