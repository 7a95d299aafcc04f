package lms.notification;

import lms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class FeaturePackagesTest {

	@Test
	void featurePackagesHaveNoCycles() {
		ArchitectureRules.assertFeaturePackagesFreeOfCycles("lms.notification");
	}

	@Test
	void noBeanIsSwitchedByAConditionThatSpringAotWouldSettleAtBuildTime() {
		ArchitectureRules.assertNoConditionsOnRunTimeSettings("lms.notification");
	}

}
