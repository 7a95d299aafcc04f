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

	@Test
	void reportsABeanSwitchedByAConditionOnASetting() {
		// Boot's JMX configuration is switched by spring.jmx.enabled, its task executor
		// by
		// a condition on a setting too
		assertThatThrownBy(() -> ArchitectureRules
			.assertNoConditionsOnRunTimeSettings("org.springframework.boot.autoconfigure.jmx"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("switched by a condition on a setting");
	}

	@Test
	void acceptsClassesNamedAsSettledInThePackagedConfiguration() {
		assertThatNoException().isThrownBy(() -> ArchitectureRules.assertNoConditionsOnRunTimeSettings("lms.testkit"));
		assertThatNoException().isThrownBy(() -> ArchitectureRules.assertNoConditionsOnRunTimeSettings(
				"org.springframework.boot.autoconfigure.jmx",
				"org.springframework.boot.autoconfigure.jmx.JmxAutoConfiguration"));
	}

}
